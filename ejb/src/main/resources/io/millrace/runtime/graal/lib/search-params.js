// URLSearchParams (application/x-www-form-urlencoded), with the percent-coding helpers url.js
// shares. Evaluated on first use by bootstrap.js's lib('search-params'); the value is the factory.
(function searchParamsLibrary(host, internals) {
  'use strict';
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  function escapeBytes(ch) {
    return Array.from(encoder.encode(ch), b => '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase()).join('');
  }

  function percentDecode(string) {
    if (!string.includes('%')) return string;
    const bytes = [];
    for (let i = 0; i < string.length; i++) {
      const ch = string[i];
      if (ch === '%' && /^[0-9a-fA-F]{2}$/.test(string.substr(i + 1, 2))) {
        bytes.push(parseInt(string.substr(i + 1, 2), 16));
        i += 2;
      } else {
        const c = string.codePointAt(i);
        if (c > 0xffff) i++;
        bytes.push(...encoder.encode(String.fromCodePoint(c)));
      }
    }
    return decoder.decode(new Uint8Array(bytes));
  }

  const paramsState = new WeakMap();

  function formEncode(string) {
    let out = '';
    for (const ch of String(string)) out += /[A-Za-z0-9*\-._]/.test(ch) ? ch : ch === ' ' ? '+' : escapeBytes(ch);
    return out;
  }

  function parseQuery(query) {
    const list = [];
    for (const part of query.split('&')) {
      if (part === '') continue;
      const eq = part.indexOf('=');
      const name = eq < 0 ? part : part.slice(0, eq);
      const value = eq < 0 ? '' : part.slice(eq + 1);
      list.push([percentDecode(name.replace(/\+/g, ' ')), percentDecode(value.replace(/\+/g, ' '))]);
    }
    return list;
  }

  function toUSV(value) {
    return String(value).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  }

  class URLSearchParams {
    constructor(init) {
      const list = [];
      paramsState.set(this, { list, onChange: null });
      if (init === undefined || init === null) return;
      if (typeof init === 'object' || typeof init === 'function') {
        if (init instanceof URLSearchParams) {
          list.push(...paramsState.get(init).list.map(([n, v]) => [n, v]));
        } else if (typeof init[Symbol.iterator] === 'function') {
          for (const pair of init) {
            const tuple = Array.from(pair);
            if (tuple.length !== 2) throw new TypeError('Each query pair must be an iterable [name, value] tuple');
            list.push([toUSV(tuple[0]), toUSV(tuple[1])]);
          }
        } else {
          for (const key of Object.keys(init)) list.push([toUSV(key), toUSV(init[key])]);
        }
      } else {
        const query = toUSV(init);
        list.push(...parseQuery(query.startsWith('?') ? query.slice(1) : query));
      }
    }
    get size() { return paramsState.get(this).list.length; }
    append(name, value) { paramsState.get(this).list.push([toUSV(name), toUSV(value)]); update(this); }
    delete(name, value) {
      const state = paramsState.get(this);
      const n = toUSV(name);
      state.list = state.list.filter(([k, v]) => !(k === n && (value === undefined || v === toUSV(value))));
      update(this);
    }
    get(name) { const entry = paramsState.get(this).list.find(([k]) => k === toUSV(name)); return entry ? entry[1] : null; }
    getAll(name) { return paramsState.get(this).list.filter(([k]) => k === toUSV(name)).map(([, v]) => v); }
    has(name, value) {
      const n = toUSV(name);
      return paramsState.get(this).list.some(([k, v]) => k === n && (value === undefined || v === toUSV(value)));
    }
    set(name, value) {
      const state = paramsState.get(this);
      const n = toUSV(name);
      const at = state.list.findIndex(([k]) => k === n);
      if (at < 0) {
        state.list.push([n, toUSV(value)]);
      } else {
        state.list[at] = [n, toUSV(value)];
        state.list = state.list.filter(([k], i) => k !== n || i <= at);
      }
      update(this);
    }
    sort() {
      const state = paramsState.get(this);
      state.list = state.list.map((entry, i) => [entry, i])
        .sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j)).map(([entry]) => entry);
      update(this);
    }
    // These read the list itself, never each other, so a subclass may override them (node-fetch's Headers does)
    forEach(callback, thisArg) {
      for (const [name, value] of paramsState.get(this).list.slice()) callback.call(thisArg, value, name, this);
    }
    *entries() { for (const [name, value] of paramsState.get(this).list.slice()) yield [name, value]; }
    *keys() { for (const [name] of paramsState.get(this).list.slice()) yield name; }
    *values() { for (const [, value] of paramsState.get(this).list.slice()) yield value; }
    toString() { return paramsState.get(this).list.map(([n, v]) => formEncode(n) + '=' + formEncode(v)).join('&'); }
    get [Symbol.toStringTag]() { return 'URLSearchParams'; }
  }
  // As in Node, the iterator is entries itself
  Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, { value: URLSearchParams.prototype.entries, writable: true, configurable: true });

  function update(params) {
    const state = paramsState.get(params);
    if (state.onChange) state.onChange(params.toString());
  }

  // Calls onChange(serialized) whenever params change (a URL keeps its search in sync this way).
  function link(params, onChange) {
    paramsState.get(params).onChange = onChange;
  }

  // Replaces the entries with those of a query string (when the URL's search changes).
  function reset(params, query) {
    paramsState.get(params).list = parseQuery(query || '');
  }

  return { URLSearchParams, link, reset, escapeBytes, percentDecode };
})
