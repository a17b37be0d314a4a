// The "url" module's legacy API (url.parse, url.format, url.resolve, Url objects) and its helpers
// (fileURLToPath, pathToFileURL, domainToASCII, urlToHttpOptions). Legacy parsing is Node's lenient,
// non-WHATWG one: relative URLs and missing parts are kept as null.
// Evaluated on first use by lib/url.js through lib('url-legacy'); the value is the library's factory.
(function urlLegacyLibrary(host, internals) {
  'use strict';
  const SLASHED = new Set(['http:', 'https:', 'ftp:', 'gopher:', 'file:', 'ws:', 'wss:']);

  function Url() {
    this.protocol = null; this.slashes = null; this.auth = null; this.host = null; this.port = null;
    this.hostname = null; this.hash = null; this.search = null; this.query = null; this.pathname = null;
    this.path = null; this.href = null;
  }

  function parse(input, parseQueryString = false, slashesDenoteHost = false) {
    if (input instanceof Url) return input;
    if (typeof input !== 'string') {
      throw Object.assign(new TypeError('The "url" argument must be of type string. Received ' + internals.inspect(input)),
        { code: 'ERR_INVALID_ARG_TYPE' });
    }
    const url = new Url();
    let rest = input.trim();
    const hashAt = rest.indexOf('#');
    if (hashAt !== -1) { url.hash = rest.slice(hashAt); rest = rest.slice(0, hashAt); }
    const queryAt = rest.indexOf('?');
    if (queryAt !== -1) { url.search = rest.slice(queryAt); url.query = rest.slice(queryAt + 1); rest = rest.slice(0, queryAt); }
    else if (parseQueryString) { url.search = ''; url.query = {}; }
    const proto = /^([a-z0-9.+-]+:)/i.exec(rest);
    if (proto) { url.protocol = proto[1].toLowerCase(); rest = rest.slice(proto[1].length); }
    const slashes = rest.startsWith('//');
    if (slashes && (proto || slashesDenoteHost) && !(url.protocol === 'javascript:')) {
      url.slashes = true;
      rest = rest.slice(2);
      let end = rest.search(/[/\\]/);
      if (end === -1) end = rest.length;
      let authority = rest.slice(0, end);
      rest = rest.slice(end);
      const at = authority.lastIndexOf('@');
      if (at !== -1) { url.auth = decodeURIComponent(authority.slice(0, at)); authority = authority.slice(at + 1); }
      const port = /:(\d*)$/.exec(authority);
      if (port) { if (port[1] !== '') url.port = port[1]; authority = authority.slice(0, authority.length - port[0].length); }
      url.hostname = authority.toLowerCase().replace(/^\[|\]$/g, '');
      url.host = (authority.toLowerCase()) + (url.port ? ':' + url.port : '');
      if (SLASHED.has(url.protocol) && rest === '') rest = '/';
    }
    url.pathname = rest === '' ? null : rest.replace(/\\/g, '/');
    if (url.pathname !== null) url.pathname = url.pathname.replace(/[ "<>`{}|^]/g, encodeURIComponent);
    if (parseQueryString && typeof url.query === 'string') url.query = internals.lib('node-small').querystring.parse(url.query);
    url.path = (url.pathname || '') + (url.search || '') || null;
    url.href = format(url);
    return url;
  }

  function format(object, options) {
    if (typeof object === 'string') object = parse(object);
    else if (object && typeof object === 'object' && typeof object.href === 'string' && object.searchParams) {
      const o = options || {};
      let href = object.protocol + (object.host || object.protocol === 'file:' ? '//' : '');
      if (o.auth !== false && object.username) href += object.username + (object.password ? ':' + object.password : '') + '@';
      href += object.host + object.pathname;
      if (o.search !== false) href += object.search;
      if (o.fragment !== false) href += object.hash;
      return href;
    }
    if (object === null || typeof object !== 'object') {
      throw Object.assign(new TypeError('The "urlObject" argument must be one of type object or string.'), { code: 'ERR_INVALID_ARG_TYPE' });
    }
    let protocol = object.protocol || '';
    if (protocol && !protocol.endsWith(':')) protocol += ':';
    let auth = object.auth ? encodeURIComponent(object.auth).replace(/%3A/i, ':') + '@' : '';
    let host = '';
    if (object.host) host = auth + object.host;
    else if (object.hostname) {
      host = auth + (object.hostname.includes(':') ? '[' + object.hostname + ']' : object.hostname) + (object.port ? ':' + object.port : '');
    }
    let pathname = object.pathname || '';
    let search = object.search || '';
    if (!search && object.query && typeof object.query === 'object') {
      const q = internals.lib('node-small').querystring.stringify(object.query);
      if (q) search = '?' + q;
    } else if (!search && typeof object.query === 'string' && object.query) {
      search = '?' + object.query;
    }
    if (search && !search.startsWith('?')) search = '?' + search;
    let hash = object.hash || '';
    if (hash && !hash.startsWith('#')) hash = '#' + hash;
    if (object.slashes || ((!protocol || SLASHED.has(protocol)) && host !== '')) {
      host = '//' + host;
      if (pathname && !pathname.startsWith('/')) pathname = '/' + pathname;
    }
    pathname = pathname.replace(/[?#]/g, encodeURIComponent);
    search = search.replace('#', '%23');
    auth = '';
    return protocol + host + pathname + search + hash;
  }

  function resolve(from, to) {
    const URL = internals.lib('url').URL;
    try {
      return new URL(to, new URL(from)).href;
    } catch (e) {
      const resolved = new URL(to, new URL(from, 'resolve://'));
      if (resolved.protocol === 'resolve:') {
        const { pathname, search, hash } = resolved;
        return from.startsWith('/') ? pathname + search + hash : pathname.slice(1) + search + hash;
      }
      return resolved.href;
    }
  }

  function fileURLToPath(url) {
    const URL = internals.lib('url').URL;
    const u = typeof url === 'string' ? new URL(url) : url;
    if (u.protocol !== 'file:') throw Object.assign(new TypeError('The URL must be of scheme file'), { code: 'ERR_INVALID_URL_SCHEME' });
    return decodeURIComponent(u.pathname);
  }
  function pathToFileURL(path) {
    const URL = internals.lib('url').URL;
    const absolute = internals.lib('path').module.resolve(String(path));
    return new URL('file://' + absolute.split('/').map(encodeURIComponent).join('/'));
  }
  function urlToHttpOptions(url) {
    return { protocol: url.protocol, hostname: url.hostname.replace(/^\[|\]$/g, ''), hash: url.hash, search: url.search,
      pathname: url.pathname, path: url.pathname + url.search, href: url.href,
      port: url.port !== '' ? Number(url.port) : undefined,
      auth: url.username || url.password ? decodeURIComponent(url.username) + ':' + decodeURIComponent(url.password) : undefined };
  }

  Url.prototype.format = function () { return format(this); };
  Url.prototype.resolve = function (to) { return resolve(format(this), to); };
  return { parse, format, resolve, resolveObject: (from, to) => parse(resolve(from, to)), Url, fileURLToPath, pathToFileURL,
    domainToASCII: domain => { try { return new (internals.lib('url').URL)('http://' + domain).hostname; } catch (e) { return ''; } },
    domainToUnicode: domain => String(domain), urlToHttpOptions };
})
