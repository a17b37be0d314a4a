// A compact WHATWG URL: special (http, https, ws, wss, ftp, file) and other schemes, relative
// resolution, dot segments, percent-encoding, IPv4 normalisation and a search that stays in sync
// with searchParams (see search-params.js). Not done: IDNA (non-ASCII hosts are kept as given) and
// IPv6 compression. Evaluated on first use by bootstrap.js's lib('url'); the value is the factory.
(function urlLibrary(host, internals) {
  'use strict';
  const SPECIAL = { 'ftp:': '21', 'file:': '', 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' };
  const FRAGMENT = ' "<>`';
  const QUERY = ' "#<>';
  const SPECIAL_QUERY = QUERY + "'";
  const PATH = QUERY + '?^`{}';
  const USERINFO = PATH + '/:;=@[\\]|';
  const FORBIDDEN_HOST = /[\u0000-\u001f #%/:<>?@[\\\]^|\u007f]/;
  const { URLSearchParams, link, reset, escapeBytes, percentDecode } = internals.lib('search-params');

  function invalid(input) {
    const error = new TypeError('Invalid URL');
    error.code = 'ERR_INVALID_URL';
    error.input = input;
    return error;
  }

  function encodeSet(string, set) {
    let out = '';
    for (const ch of string) {
      const c = ch.codePointAt(0);
      out += c <= 0x20 || c >= 0x7f || set.includes(ch) ? escapeBytes(ch) : ch;
    }
    return out;
  }

  function ipv4Number(part) {
    if (/^0[xX][0-9a-fA-F]*$/.test(part)) return part.length === 2 ? 0 : parseInt(part.slice(2), 16);
    if (/^0[0-7]+$/.test(part)) return parseInt(part.slice(1), 8);
    return /^[0-9]+$/.test(part) ? parseInt(part, 10) : NaN;
  }

  function parseHost(raw, special, input) {
    if (raw.startsWith('[')) {
      if (!/^\[[0-9a-fA-F:.]+\]$/.test(raw)) throw invalid(input);
      return raw.toLowerCase();
    }
    if (!special) {
      if (/[\u0000 #/:<>?@[\\\]^|]/.test(raw)) throw invalid(input);
      return encodeSet(raw, '');
    }
    const domain = percentDecode(raw).toLowerCase();
    if (domain === '' || FORBIDDEN_HOST.test(domain)) throw invalid(input);
    const parts = domain.split('.');
    if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
    if (!/^(0[xX][0-9a-fA-F]*|[0-9]+)$/.test(parts[parts.length - 1])) return domain;
    const numbers = parts.map(ipv4Number);
    if (parts.length > 4 || numbers.some(n => Number.isNaN(n))
        || numbers.slice(0, -1).some(n => n > 255) || numbers[numbers.length - 1] >= 256 ** (5 - numbers.length)) {
      throw invalid(input);
    }
    let address = numbers[numbers.length - 1];
    numbers.slice(0, -1).forEach((n, i) => { address += n * 256 ** (3 - i); });
    return [24, 16, 8, 0].map(shift => Math.floor(address / 2 ** shift) % 256).join('.');
  }

  function parseAuthority(r, authority, input) {
    const at = authority.lastIndexOf('@');
    if (at >= 0) {
      const userinfo = authority.slice(0, at);
      const colon = userinfo.indexOf(':');
      r.username = encodeSet(colon < 0 ? userinfo : userinfo.slice(0, colon), USERINFO);
      r.password = colon < 0 ? '' : encodeSet(userinfo.slice(colon + 1), USERINFO);
      authority = authority.slice(at + 1);
    }
    const m = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/s.exec(authority);
    if (!m) throw invalid(input);
    r.hostname = m[1] === '' && r.protocol === 'file:' ? '' : parseHost(m[1], r.protocol in SPECIAL, input);
    r.port = '';
    if (m[2] !== undefined && m[2] !== '') {
      if (!/^[0-9]+$/.test(m[2]) || Number(m[2]) > 65535) throw invalid(input);
      r.port = String(Number(m[2])) === SPECIAL[r.protocol] ? '' : String(Number(m[2]));
    }
    if (r.protocol === 'file:' && r.hostname === 'localhost') r.hostname = '';
    if (r.hostname === '' && r.protocol in SPECIAL && r.protocol !== 'file:') throw invalid(input);
  }

  // Resolves dot segments; `base` is the list of base segments the path continues from (or null).
  function normalizePath(path, special, base) {
    const segments = base ? base.slice(0, -1) : [];
    const parts = path.split(special ? /[/\\]/ : '/');
    if (!base) parts.shift();
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      if (/^(\.|%2e)$/i.test(part)) {
        if (last) segments.push('');
      } else if (/^(\.|%2e){2}$/i.test(part)) {
        segments.pop();
        if (last) segments.push('');
      } else {
        segments.push(encodeSet(part, PATH));
      }
    });
    return segments.length === 0 ? (special ? '/' : '') : '/' + segments.join('/');
  }

  function splitTail(r, rest, special) {
    const hashAt = rest.indexOf('#');
    r.hash = hashAt < 0 ? null : encodeSet(rest.slice(hashAt + 1), FRAGMENT);
    if (hashAt >= 0) rest = rest.slice(0, hashAt);
    const queryAt = rest.indexOf('?');
    r.query = queryAt < 0 ? null : encodeSet(rest.slice(queryAt + 1), special ? SPECIAL_QUERY : QUERY);
    return queryAt < 0 ? rest : rest.slice(0, queryAt);
  }

  function parseWithAuthority(r, rest, input) {
    const special = r.protocol in SPECIAL;
    const end = rest.search(special ? /[/\\?#]/ : /[/?#]/);
    parseAuthority(r, end < 0 ? rest : rest.slice(0, end), input);
    r.pathname = normalizePath(splitTail(r, end < 0 ? '' : rest.slice(end), special), special, null);
    return r;
  }

  function parse(input, base) {
    const text = String(input).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
    const r = { protocol: '', username: '', password: '', hostname: null, port: '', pathname: '', query: null, hash: null,
      opaque: false };
    const scheme = /^([a-zA-Z][a-zA-Z0-9+\-.]*):/.exec(text);
    if (scheme && !(base && base.protocol === scheme[1].toLowerCase() + ':' && scheme[1].toLowerCase() + ':' in SPECIAL
                    && !/^[/\\]/.test(text.slice(scheme[0].length)))) {
      r.protocol = scheme[1].toLowerCase() + ':';
      const rest = text.slice(scheme[0].length);
      const special = r.protocol in SPECIAL;
      if (special && r.protocol !== 'file:') return parseWithAuthority(r, rest.replace(/^[/\\]*/, ''), input);
      if (special ? /^[/\\]{2}/.test(rest) : rest.startsWith('//')) return parseWithAuthority(r, rest.slice(2), input);
      const path = splitTail(r, rest, special);
      if (special) r.hostname = '';
      r.opaque = !special && !path.startsWith('/');
      r.pathname = r.opaque ? encodeSet(path, '') : normalizePath(path, special, null);
      return r;
    }
    const rest = scheme ? text.slice(scheme[0].length) : text;
    if (!base || (base.opaque && !rest.startsWith('#'))) throw invalid(input);
    const special = base.protocol in SPECIAL;
    Object.assign(r, base, { hash: null });
    if (special ? /^[/\\]{2}/.test(rest) : rest.startsWith('//')) {
      Object.assign(r, { username: '', password: '', port: '' });
      return parseWithAuthority(r, rest.slice(2), input);
    }
    const baseQuery = r.query;
    if (rest.startsWith('#')) {
      splitTail(r, rest, special);
      r.query = baseQuery;
      return r;
    }
    const path = splitTail(r, rest, special);
    if (path === '') {
      if (!rest.startsWith('?')) r.query = baseQuery;
      return r;
    }
    const absolute = special ? /^[/\\]/.test(path) : path.startsWith('/');
    r.pathname = normalizePath(path, special, absolute ? null : base.pathname.split('/').slice(1));
    return r;
  }

  function serialize(r) {
    let out = r.protocol;
    if (r.hostname !== null) {
      out += '//';
      if (r.username || r.password) out += r.username + (r.password ? ':' + r.password : '') + '@';
      out += r.hostname + (r.port ? ':' + r.port : '');
    } else if (!r.opaque && r.pathname.startsWith('//')) {
      out += '/.';
    }
    return out + r.pathname + (r.query === null ? '' : '?' + r.query) + (r.hash === null ? '' : '#' + r.hash);
  }

  const urlState = new WeakMap();

  function record(url) {
    const r = urlState.get(url);
    if (!r) throw new TypeError('Receiver must be an instance of class URL');
    return r;
  }

  function replace(url, r) {
    urlState.set(url, r);
    reset(r.params, r.query);
  }

  class URL {
    constructor(url, base) {
      if (arguments.length === 0) throw new TypeError('The "url" argument must be specified');
      const r = parse(url, base === undefined ? null : parse(base, null));
      urlState.set(this, r);
      r.params = new URLSearchParams(r.query || '');
      link(r.params, query => { urlState.get(this).query = query === '' ? null : query; });
    }
    static canParse(url, base) {
      try { parse(url, base === undefined ? null : parse(base, null)); return true; } catch (e) { return false; }
    }
    static parse(url, base) {
      try { return new URL(url, base); } catch (e) { return null; }
    }
    get href() { return serialize(record(this)); }
    set href(value) { const r = parse(value, null); r.params = record(this).params; replace(this, r); }
    get origin() {
      const r = record(this);
      return r.protocol in SPECIAL && r.protocol !== 'file:' ? r.protocol + '//' + r.hostname + (r.port ? ':' + r.port : '') : 'null';
    }
    get protocol() { return record(this).protocol; }
    set protocol(value) {
      const r = record(this);
      const m = /^([a-zA-Z][a-zA-Z0-9+\-.]*)/.exec(String(value));
      const protocol = m && m[1].toLowerCase() + ':';
      if (!protocol || (protocol in SPECIAL) !== (r.protocol in SPECIAL)) return;
      r.protocol = protocol;
      if (r.port === SPECIAL[protocol]) r.port = '';
    }
    get username() { return record(this).username; }
    set username(value) { const r = record(this); if (r.hostname) r.username = encodeSet(String(value), USERINFO); }
    get password() { return record(this).password; }
    set password(value) { const r = record(this); if (r.hostname) r.password = encodeSet(String(value), USERINFO); }
    get host() { const r = record(this); return r.hostname === null ? '' : r.hostname + (r.port ? ':' + r.port : ''); }
    set host(value) {
      if (record(this).opaque) return;
      try {
        const host = String(value).replace(/[/?#].*$/s, '');
        this.href = this.href.replace(/^([^:]+:\/\/)([^/?#]*@)?[^/?#]*/, (all, scheme, userinfo) => scheme + (userinfo || '') + host);
      } catch (e) {
        // an invalid host is ignored, as by the WHATWG setter
      }
    }
    get hostname() { const r = record(this); return r.hostname === null ? '' : r.hostname; }
    set hostname(value) {
      const r = record(this);
      if (r.hostname !== null && !r.opaque) r.hostname = parseHost(String(value), r.protocol in SPECIAL, String(value));
    }
    get port() { return record(this).port; }
    set port(value) {
      const r = record(this);
      const digits = /^[0-9]*/.exec(String(value))[0];
      if (r.hostname === null || r.protocol === 'file:' || Number(digits) > 65535) return;
      r.port = digits === '' || String(Number(digits)) === SPECIAL[r.protocol] ? '' : String(Number(digits));
    }
    get pathname() { return record(this).pathname; }
    set pathname(value) {
      const r = record(this);
      if (r.opaque) return;
      const path = String(value);
      r.pathname = normalizePath(/^[/\\]/.test(path) || path === '' ? path : '/' + path, r.protocol in SPECIAL, null);
    }
    get search() { const q = record(this).query; return q ? '?' + q : ''; }
    set search(value) {
      const r = record(this);
      const query = String(value).replace(/^\?/, '');
      r.query = query === '' ? null : encodeSet(query, r.protocol in SPECIAL ? SPECIAL_QUERY : QUERY);
      reset(r.params, r.query);
    }
    get searchParams() { return record(this).params; }
    get hash() { const h = record(this).hash; return h ? '#' + h : ''; }
    set hash(value) {
      const hash = String(value).replace(/^#/, '');
      record(this).hash = hash === '' ? null : encodeSet(hash, FRAGMENT);
    }
    toString() { return this.href; }
    toJSON() { return this.href; }
    get [Symbol.toStringTag]() { return 'URL'; }
  }

  const module = { URL, URLSearchParams };
  // url.parse, url.format, url.resolve, fileURLToPath, ... (lib/url-legacy.js), loaded on first use
  for (const name of ['parse', 'format', 'resolve', 'resolveObject', 'Url', 'fileURLToPath', 'pathToFileURL',
    'domainToASCII', 'domainToUnicode', 'urlToHttpOptions']) {
    Object.defineProperty(module, name, { enumerable: true, configurable: true, get: () => internals.lib('url-legacy')[name] });
  }
  return { URL, URLSearchParams, module };
})
