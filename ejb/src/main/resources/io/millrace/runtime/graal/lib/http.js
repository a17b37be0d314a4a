// HTTP for steps: fetch with Headers, Request and Response (the parts steps use), an axios-compatible
// client (the "axios" module) and @pipedream/platform's axios($, config). Requests go through the
// Java bridge (HostHttp.java): host.http(method, url, headers, body, timeoutMs, maxBytes, callback, logAs)
// calls back later, from the event loop, with (errorJson) or (null, metaJson, body). Evaluated on
// first use by bootstrap.js's lib('http'); the value is the library's factory.
(function httpLibrary(host, internals) {
  'use strict';
  const { Buffer, codec } = internals.lib('buffer');
  const { URLSearchParams } = internals.lib('search-params');
  const { URL } = internals.lib('url');
  const encoder = new TextEncoder();

  // ---- transport ------------------------------------------------------------------------------
  // Resolves with { status, statusText, url, redirected, headers: [[name, value]...], body } or
  // rejects with { code, message }. `body` is a string, an ArrayBuffer or null.
  // `logAs`, when given, is the label the host's log line of the request starts with ($.send.http).
  function send(method, url, headerPairs, body, timeout, maxBytes, logAs) {
    const flat = [];
    for (const [name, value] of headerPairs) flat.push(name, value);
    return new Promise((resolve, reject) => {
      host.http(method, url, flat, body === undefined ? null : body, Number(timeout) || 0, Number(maxBytes) || 0,
        (errorJson, metaJson, blob) => {
          if (errorJson) {
            reject(JSON.parse(errorJson));
          } else {
            const meta = JSON.parse(metaJson);
            meta.body = blob;
            resolve(meta);
          }
        }, logAs === undefined ? null : logAs);
    });
  }

  function blobBytes(blob) {
    const buffer = Buffer.alloc(blob.size);
    if (blob.size > 0) blob.copy(buffer.buffer);
    return buffer;
  }

  // ---- Headers --------------------------------------------------------------------------------
  const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  const headerLists = new WeakMap();

  function headerName(name) {
    const text = String(name);
    if (!TOKEN.test(text)) throw new TypeError('Headers: "' + text + '" is an invalid header name.');
    return text.toLowerCase();
  }

  function headerValue(value) {
    const text = String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
    if (/[\0\r\n]/.test(text)) throw new TypeError('Headers: "' + text + '" is an invalid header value.');
    return text;
  }

  class Headers {
    constructor(init) {
      headerLists.set(this, []);
      if (init === undefined || init === null) return;
      if (init instanceof Headers) {
        for (const [name, value] of headerLists.get(init)) this.append(name, value);
      } else if (typeof init === 'object' && typeof init[Symbol.iterator] === 'function') {
        for (const pair of init) {
          const tuple = Array.from(pair);
          if (tuple.length !== 2) throw new TypeError('Headers: a header pair must have exactly two items');
          this.append(tuple[0], tuple[1]);
        }
      } else if (typeof init === 'object') {
        for (const key of Object.keys(init)) {
          if (init[key] !== undefined) this.append(key, init[key]);
        }
      } else {
        throw new TypeError('Headers: the init argument must be an object, an array of pairs or Headers');
      }
    }
    append(name, value) { headerLists.get(this).push([headerName(name), headerValue(value)]); }
    delete(name) {
      const n = headerName(name);
      headerLists.set(this, headerLists.get(this).filter(([k]) => k !== n));
    }
    get(name) {
      const n = headerName(name);
      const values = headerLists.get(this).filter(([k]) => k === n).map(([, v]) => v);
      return values.length === 0 ? null : values.join(', ');
    }
    getSetCookie() { return headerLists.get(this).filter(([k]) => k === 'set-cookie').map(([, v]) => v); }
    has(name) { const n = headerName(name); return headerLists.get(this).some(([k]) => k === n); }
    set(name, value) {
      const n = headerName(name);
      const v = headerValue(value);
      const list = headerLists.get(this);
      const at = list.findIndex(([k]) => k === n);
      if (at < 0) list.push([n, v]);
      else headerLists.set(this, list.filter(([k], i) => k !== n || i === at).map(e => (e[0] === n ? [n, v] : e)));
    }
    forEach(callback, thisArg) { for (const [name, value] of this) callback.call(thisArg, value, name, this); }
    *entries() {
      const names = [...new Set(headerLists.get(this).map(([k]) => k))].sort();
      for (const name of names) {
        if (name === 'set-cookie') for (const value of this.getSetCookie()) yield [name, value];
        else yield [name, this.get(name)];
      }
    }
    *keys() { for (const [name] of this.entries()) yield name; }
    *values() { for (const [, value] of this.entries()) yield value; }
    [Symbol.iterator]() { return this.entries(); }
    get [Symbol.toStringTag]() { return 'Headers'; }
    toJSON() { return Object.fromEntries(this.entries()); }
  }

  function pairsOf(headers) {
    return Array.from(headerLists.get(headers));
  }

  // ---- bodies ---------------------------------------------------------------------------------
  // A body as { data: string | Uint8Array | null, type }.
  function extractBody(body) {
    if (body === undefined || body === null) return { data: null, type: null };
    if (typeof body === 'string') return { data: body, type: 'text/plain;charset=UTF-8' };
    if (body instanceof URLSearchParams) {
      return { data: body.toString(), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
    }
    if (body instanceof ArrayBuffer) return { data: new Uint8Array(body.slice(0)), type: null };
    if (ArrayBuffer.isView(body)) {
      return { data: Uint8Array.prototype.slice.call(new Uint8Array(body.buffer, body.byteOffset, body.byteLength)), type: null };
    }
    if (body instanceof Blob) {
      const bytes = internals.lib('blob').contents(body);
      return { data: bytes.slice(), type: body.type || null };
    }
    if (typeof body === 'object' && typeof body.getReader === 'function') {
      throw new TypeError('streamed request bodies are not supported by Millrace');
    }
    return { data: String(body), type: 'text/plain;charset=UTF-8' };
  }

  // What the transport sends: a string, or an ArrayBuffer of exactly the bytes.
  function wireBody(data) {
    if (data === null || data === undefined) return null;
    return typeof data === 'string' ? data : codec.exactBuffer(data);
  }

  const bodies = new WeakMap(); // Request/Response -> { text?, bytes?, blob?, used }

  function consume(owner) {
    const state = bodies.get(owner);
    if (state.used) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    state.used = true;
    return Promise.resolve(state);
  }

  function textOf(state) {
    if (state.text !== undefined) return state.text;
    if (state.blob) return state.blob.text(state.charset || null);
    if (state.bytes) return codec.decode(state.bytes, 'utf8');
    return '';
  }

  function bytesOf(state) {
    if (state.bytes) return state.bytes;
    if (state.blob) return blobBytes(state.blob);
    if (state.text !== undefined) return encoder.encode(state.text);
    return new Uint8Array(0);
  }

  // The body's bytes in a buffer of their own (a response body is copied out of Java only once).
  function freshBytes(state) {
    return state.blob && !state.bytes ? blobBytes(state.blob) : Uint8Array.prototype.slice.call(bytesOf(state));
  }

  const bodyMethods = {
    get bodyUsed() { return bodies.get(this).used; },
    text() { return consume(this).then(textOf); },
    json() { return consume(this).then(state => JSON.parse(textOf(state))); },
    arrayBuffer() { return consume(this).then(state => codec.exactBuffer(freshBytes(state))); },
    bytes() { return consume(this).then(state => new Uint8Array(codec.exactBuffer(freshBytes(state)))); },
    formData() { return Promise.reject(new TypeError('formData() is not supported by Millrace')); },
    blob() {
      const type = this.headers.get('content-type') || '';
      return consume(this).then(state => new Blob([freshBytes(state)], { type }));
    },
    // A ReadableStream of the body's bytes (null when there is none); reading it uses the body up.
    get body() {
      const state = bodies.get(this);
      if (state.stream === undefined) {
        const empty = state.text === undefined && !state.bytes && !state.blob;
        state.stream = empty ? null : new ReadableStream({
          pull: controller => consume(this).then(s => { const b = freshBytes(s); if (b.length > 0) controller.enqueue(b); controller.close(); }),
        }, { highWaterMark: 0 });
      }
      return state.stream;
    },
  };

  function mixBody(Class) {
    for (const key of Object.keys(bodyMethods)) {
      Object.defineProperty(Class.prototype, key, Object.getOwnPropertyDescriptor(bodyMethods, key));
    }
  }

  function stateOf(extracted) {
    const state = { used: false };
    if (typeof extracted.data === 'string') state.text = extracted.data;
    else if (extracted.data) state.bytes = extracted.data;
    return state;
  }

  // ---- Request --------------------------------------------------------------------------------
  const METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH'];
  const requests = new WeakMap();

  function parseUrl(input) {
    try {
      return new URL(String(input));
    } catch (e) {
      throw new TypeError('Failed to parse URL from ' + input);
    }
  }

  class Request {
    constructor(input, init = {}) {
      const from = input instanceof Request ? requests.get(input) : null;
      const url = from ? from.url : parseUrl(input).href;
      let method = init.method !== undefined ? String(init.method) : from ? from.method : 'GET';
      if (!TOKEN.test(method)) throw new TypeError("'" + method + "' is not a valid HTTP method.");
      if (METHODS.includes(method.toUpperCase())) method = method.toUpperCase();
      const headers = new Headers(init.headers !== undefined ? init.headers : from ? from.headers : undefined);
      let state;
      if (init.body !== undefined && init.body !== null) {
        if (method === 'GET' || method === 'HEAD') throw new TypeError('Request with GET/HEAD method cannot have body.');
        const extracted = extractBody(init.body);
        if (extracted.type && !headers.has('content-type')) headers.set('content-type', extracted.type);
        state = stateOf(extracted);
      } else {
        state = from ? { ...bodies.get(input), used: false, stream: undefined } : { used: false };
      }
      requests.set(this, { url, method, headers, redirect: init.redirect || (from ? from.redirect : 'follow') });
      bodies.set(this, state);
    }
    get url() { return requests.get(this).url; }
    get method() { return requests.get(this).method; }
    get headers() { return requests.get(this).headers; }
    get redirect() { return requests.get(this).redirect; }
    get signal() { return undefined; }
    clone() { return new Request(this); }
    get [Symbol.toStringTag]() { return 'Request'; }
  }
  mixBody(Request);

  // ---- Response -------------------------------------------------------------------------------
  const responses = new WeakMap();

  class Response {
    constructor(body = null, init = {}) {
      const status = init.status === undefined ? 200 : Number(init.status);
      if (!Number.isInteger(status) || status < 200 || status > 599) {
        throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
      }
      const headers = new Headers(init.headers);
      const extracted = extractBody(body);
      if (extracted.type && !headers.has('content-type')) headers.set('content-type', extracted.type);
      responses.set(this, { status, statusText: init.statusText === undefined ? '' : String(init.statusText),
        headers, url: '', redirected: false, type: 'default' });
      bodies.set(this, stateOf(extracted));
    }
    get status() { return responses.get(this).status; }
    get statusText() { return responses.get(this).statusText; }
    get ok() { const s = responses.get(this).status; return s >= 200 && s < 300; }
    get headers() { return responses.get(this).headers; }
    get url() { return responses.get(this).url; }
    get redirected() { return responses.get(this).redirected; }
    get type() { return responses.get(this).type; }
    clone() {
      if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
      const copy = Object.create(Response.prototype);
      responses.set(copy, { ...responses.get(this), headers: new Headers(this.headers) });
      bodies.set(copy, { ...bodies.get(this), used: false, stream: undefined });
      return copy;
    }
    static json(data, init = {}) {
      const headers = new Headers(init.headers);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
      return new Response(JSON.stringify(data), { ...init, headers });
    }
    static error() {
      const response = new Response(null, { status: 200 });
      Object.assign(responses.get(response), { status: 0, type: 'error' });
      return response;
    }
    static redirect(url, status = 302) {
      if (![301, 302, 303, 307, 308].includes(status)) throw new RangeError('Invalid status code ' + status);
      return new Response(null, { status, headers: { location: parseUrl(url).href } });
    }
    get [Symbol.toStringTag]() { return 'Response'; }
  }
  mixBody(Response);

  function charsetOf(headers) {
    const type = headers.get('content-type');
    const m = type && /charset\s*=\s*"?([^";\s]+)/i.exec(type);
    return m ? m[1] : null;
  }

  function responseFrom(meta, method) {
    const response = Object.create(Response.prototype);
    const headers = new Headers(meta.headers);
    responses.set(response, { status: meta.status, statusText: meta.statusText, headers, url: meta.url,
      redirected: meta.redirected, type: 'basic' });
    bodies.set(response, method === 'HEAD' ? { used: false } : { used: false, blob: meta.body, charset: charsetOf(headers) });
    return response;
  }

  // ---- fetch ----------------------------------------------------------------------------------
  async function fetch(input, init = undefined) {
    const request = new Request(input, init || {});
    const { url, method, headers } = requests.get(request);
    if (!headers.has('accept')) headers.set('accept', '*/*');
    if (!headers.has('user-agent')) headers.set('user-agent', 'node');
    const state = bodies.get(request);
    const body = state.text !== undefined ? state.text : state.bytes ? wireBody(state.bytes) : null;
    let meta;
    try {
      meta = await send(method, url, pairsOf(headers), body, 0, 0);
    } catch (info) {
      const error = new TypeError('fetch failed');
      error.cause = Object.assign(new Error(info.message), { code: info.code });
      throw error;
    }
    if (request.redirect === 'error' && meta.redirected) {
      throw Object.assign(new TypeError('fetch failed'), { cause: new Error('unexpected redirect') });
    }
    return responseFrom(meta, method);
  }

  // ---- axios ----------------------------------------------------------------------------------
  const VERSION = '1.7.7';

  class AxiosError extends Error {
    constructor(message, code, config, request, response) {
      super(message);
      this.name = 'AxiosError';
      if (code) this.code = code;
      if (config) this.config = config;
      if (request) this.request = request;
      if (response) {
        this.response = response;
        this.status = response.status;
      }
    }
    get isAxiosError() { return true; }
    toJSON() {
      return { message: this.message, name: this.name, code: this.code, status: this.status,
        config: this.config && { method: this.config.method, url: this.config.url } };
    }
  }
  for (const code of ['ERR_BAD_OPTION_VALUE', 'ERR_BAD_OPTION', 'ECONNABORTED', 'ETIMEDOUT', 'ERR_NETWORK',
    'ERR_FR_TOO_MANY_REDIRECTS', 'ERR_DEPRECATED', 'ERR_BAD_RESPONSE', 'ERR_BAD_REQUEST', 'ERR_CANCELED',
    'ERR_NOT_SUPPORT', 'ERR_INVALID_URL']) {
    AxiosError[code] = code;
  }

  class CanceledError extends AxiosError {
    constructor(message, config, request) {
      super(message || 'canceled', 'ERR_CANCELED', config, request);
      this.name = 'CanceledError';
    }
  }

  const isAxiosError = value => value !== null && typeof value === 'object' && value.isAxiosError === true;
  const isPlainObject = value => value !== null && typeof value === 'object'
    && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

  class InterceptorManager {
    constructor() { this.handlers = []; }
    use(fulfilled, rejected) { this.handlers.push({ fulfilled, rejected }); return this.handlers.length - 1; }
    eject(id) { if (this.handlers[id]) this.handlers[id] = null; }
    clear() { this.handlers = []; }
    forEach(fn) { for (const handler of this.handlers) if (handler) fn(handler); }
  }

  function mergeConfig(base, extra) {
    const out = { ...(base || {}) };
    for (const [key, value] of Object.entries(extra || {})) {
      if (value === undefined) continue;
      if (key === 'headers') out.headers = mergeHeaders(out.headers, value);
      else if (isPlainObject(value) && isPlainObject(out[key]) && key !== 'data' && key !== 'params') out[key] = { ...out[key], ...value };
      else out[key] = value;
    }
    return out;
  }

  function headerObject(headers) {
    if (!headers) return {};
    if (headers instanceof Headers) return Object.fromEntries(headers.entries());
    return headers;
  }

  function mergeHeaders(a, b) {
    const out = { ...headerObject(a) };
    for (const [name, value] of Object.entries(headerObject(b))) {
      if (isPlainObject(value) && ['common', 'get', 'post', 'put', 'patch', 'delete', 'head', 'options'].includes(name)) {
        out[name] = { ...(out[name] || {}), ...value };
      } else {
        for (const key of Object.keys(out)) if (key.toLowerCase() === name.toLowerCase() && key !== name) delete out[key];
        out[name] = value;
      }
    }
    return out;
  }

  const METHOD_KEYS = ['common', 'get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

  // The headers of a request: the common ones, then the method's, then the request's own.
  function flatHeaders(headers, method) {
    const source = headerObject(headers);
    const out = new Map(); // lower-case name -> [name, value]
    const add = object => {
      for (const [name, value] of Object.entries(object || {})) {
        if (METHOD_KEYS.includes(name) && isPlainObject(value)) continue;
        const key = name.toLowerCase();
        if (value === undefined || value === null || value === false) out.delete(key);
        else out.set(key, [name, Array.isArray(value) ? value.join(', ') : String(value)]);
      }
    };
    add(source.common);
    add(source[method]);
    add(source);
    return out;
  }

  function encodeParam(value) {
    return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%24/g, '$').replace(/%2C/gi, ',')
      .replace(/%20/g, '+').replace(/%5B/gi, '[').replace(/%5D/gi, ']');
  }

  function serializeParams(params, serializer) {
    if (typeof serializer === 'function') return serializer(params);
    if (serializer && typeof serializer.serialize === 'function') return serializer.serialize(params);
    if (params instanceof URLSearchParams) return params.toString();
    const parts = [];
    for (const [key, raw] of Object.entries(params)) {
      if (raw === null || raw === undefined) continue;
      const values = Array.isArray(raw) ? raw : [raw];
      const name = Array.isArray(raw) ? key + '[]' : key;
      for (const v of values) {
        const text = v instanceof Date ? v.toISOString() : v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
        parts.push(encodeParam(name) + '=' + encodeParam(text));
      }
    }
    return parts.join('&');
  }

  function fullUrl(config) {
    let url = config.url === undefined || config.url === null ? '' : String(config.url);
    if (config.baseURL && !/^([a-z][a-z\d+\-.]*:)?\/\//i.test(url)) {
      url = url ? String(config.baseURL).replace(/\/?\/$/, '') + '/' + url.replace(/^\/+/, '') : String(config.baseURL);
    }
    if (config.params) {
      const query = serializeParams(config.params, config.paramsSerializer);
      if (query) {
        const hash = url.indexOf('#');
        if (hash >= 0) url = url.slice(0, hash);
        url += (url.includes('?') ? '&' : '?') + query;
      }
    }
    return url;
  }

  function requestBody(config, headers) {
    const data = config.data;
    const setType = type => { if (!headers.has('content-type')) headers.set('content-type', ['Content-Type', type]); };
    if (data === undefined || data === null) return null;
    if (typeof data === 'string') return data;
    if (data instanceof URLSearchParams) {
      setType('application/x-www-form-urlencoded;charset=utf-8');
      return data.toString();
    }
    if (data instanceof ArrayBuffer) return data;
    if (ArrayBuffer.isView(data)) return codec.exactBuffer(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    if (typeof data === 'object' && typeof data.getHeaders === 'function' && typeof data.getBuffer === 'function') {
      for (const [name, value] of Object.entries(data.getHeaders())) if (!headers.has(name.toLowerCase())) headers.set(name.toLowerCase(), [name, value]);
      return codec.exactBuffer(data.getBuffer());
    }
    if (typeof data === 'object' && typeof data.pipe === 'function') {
      throw new AxiosError('streamed request bodies are not supported by Millrace', 'ERR_NOT_SUPPORT', config);
    }
    const type = headers.has('content-type') ? headers.get('content-type')[1] : '';
    if (/application\/x-www-form-urlencoded/i.test(type) && isPlainObject(data)) {
      return new URLSearchParams(Object.entries(data).filter(([, v]) => v !== undefined && v !== null)).toString();
    }
    setType('application/json');
    return JSON.stringify(data);
  }

  function responseHeaders(pairs) {
    const out = {};
    for (const [name, value] of pairs) {
      if (name === 'set-cookie') (out[name] = out[name] || []).push(value);
      else out[name] = name in out ? out[name] + ', ' + value : value;
    }
    return out;
  }

  function responseData(config, meta, method) {
    if (method === 'head') return '';
    const type = config.responseType || 'json';
    const blob = meta.body;
    if (type === 'arraybuffer' || type === 'blob') return blobBytes(blob);
    if (type === 'stream' || type === 'document') {
      throw new AxiosError('responseType "' + type + '" is not supported by Millrace', 'ERR_NOT_SUPPORT', config);
    }
    const charset = config.responseEncoding && !/^utf-?8$/i.test(config.responseEncoding) ? config.responseEncoding : null;
    const text = blob.text(charset);
    if (type === 'text' || text === '') return text;
    try {
      return JSON.parse(text);
    } catch (e) {
      return text;
    }
  }

  async function dispatch(config) {
    const method = String(config.method || 'get').toLowerCase();
    const url = fullUrl(config);
    if (!url) throw new AxiosError('Invalid URL: the request has no url', 'ERR_INVALID_URL', config);
    let href;
    try {
      href = new URL(url).href;
    } catch (e) {
      throw new AxiosError('Invalid URL', 'ERR_INVALID_URL', config);
    }
    const headers = flatHeaders(config.headers, method);
    if (!headers.has('accept')) headers.set('accept', ['Accept', 'application/json, text/plain, */*']);
    if (!headers.has('user-agent')) headers.set('user-agent', ['User-Agent', 'axios/' + VERSION]);
    if (config.auth) {
      const { username = '', password = '' } = config.auth;
      headers.set('authorization', ['Authorization', 'Basic ' + Buffer.from(username + ':' + password, 'utf8').toString('base64')]);
    }
    const body = requestBody(config, headers);
    const request = { method: method.toUpperCase(), url: href, path: new URL(href).pathname };
    let meta;
    try {
      if (config[LOG_AS]) config[SENT] = true;
      meta = await send(method.toUpperCase(), href, Array.from(headers.values()), body, config.timeout,
        config.maxContentLength > 0 ? config.maxContentLength : 0, config[LOG_AS]);
    } catch (info) {
      if (info instanceof Error) throw info;
      throw new AxiosError(info.message, info.code, config, request);
    }
    const response = {
      data: responseData(config, meta, method),
      status: meta.status,
      statusText: meta.statusText,
      headers: responseHeaders(meta.headers),
      config,
      request,
    };
    const validate = config.validateStatus;
    if (validate === null || validate === undefined || validate === false || validate(response.status)) return response;
    throw new AxiosError('Request failed with status code ' + response.status,
      response.status >= 400 && response.status < 500 ? 'ERR_BAD_REQUEST' : 'ERR_BAD_RESPONSE', config, request, response);
  }

  const DEFAULTS = {
    timeout: 0,
    maxContentLength: -1,
    responseType: 'json',
    validateStatus: status => status >= 200 && status < 300,
    headers: { common: { Accept: 'application/json, text/plain, */*' } },
  };

  function createInstance(defaults) {
    const context = { defaults, interceptors: { request: new InterceptorManager(), response: new InterceptorManager() } };

    function request(configOrUrl, config) {
      const given = typeof configOrUrl === 'string' || configOrUrl instanceof URL
        ? { ...(config || {}), url: String(configOrUrl) } : (configOrUrl || {});
      let merged;
      try {
        merged = mergeConfig(instance.defaults, given);
        merged.method = String(merged.method || 'get').toLowerCase();
      } catch (e) {
        return Promise.reject(e);
      }
      const chain = [];
      instance.interceptors.request.forEach(h => chain.unshift(h));
      let promise = Promise.resolve(merged);
      for (const h of chain) promise = promise.then(h.fulfilled, h.rejected);
      promise = promise.then(dispatch);
      instance.interceptors.response.forEach(h => { promise = promise.then(h.fulfilled, h.rejected); });
      return promise;
    }

    const instance = function axios(configOrUrl, config) { return request(configOrUrl, config); };
    instance.defaults = defaults;
    instance.interceptors = context.interceptors;
    instance.request = request;
    for (const method of ['delete', 'get', 'head', 'options']) {
      instance[method] = (url, config) => request({ ...(config || {}), method, url });
    }
    for (const method of ['post', 'put', 'patch']) {
      instance[method] = (url, data, config) => request({ ...(config || {}), method, url, data });
      instance[method + 'Form'] = (url, data, config) => request({ ...(config || {}), method, url,
        data: data instanceof URLSearchParams ? data : new URLSearchParams(Object.entries(data || {})) });
    }
    instance.getUri = config => fullUrl(mergeConfig(instance.defaults, config));
    instance.create = config => createInstance(mergeConfig(instance.defaults, config));
    return instance;
  }

  const axios = createInstance(mergeConfig({}, DEFAULTS));
  Object.assign(axios, {
    Axios: function Axios(config) { return createInstance(mergeConfig(DEFAULTS, config)); },
    AxiosError,
    AxiosHeaders: Headers,
    CanceledError,
    Cancel: CanceledError,
    isAxiosError,
    isCancel: value => value instanceof CanceledError,
    all: promises => Promise.all(promises),
    spread: callback => array => callback(...array),
    toFormData: () => { throw new AxiosError('FormData is not supported by Millrace', 'ERR_NOT_SUPPORT'); },
    mergeConfig,
    VERSION,
  });
  axios.default = axios;

  // ---- $.send.http ----------------------------------------------------------------------------
  const LOG_AS = Symbol('logAs');
  const SENT = Symbol('sent');

  // Sends the requests $.send.http queued (after run succeeded), all at once. The host logs each as
  // "$.send.http METHOD url → status (ms)", at level error when it failed or got an error status.
  // Nothing is thrown: a failed delivery never fails the step. Resolves when all are done.
  function deliver(requests) {
    return Promise.all(requests.map(request => {
      let config;
      try {
        config = mergeConfig(DEFAULTS, request);
        config.method = String(config.method || 'get').toLowerCase();
        config.validateStatus = () => true;
        config.responseType = 'text';
        config[LOG_AS] = '$.send.http';
      } catch (e) {
        config = { [LOG_AS]: '$.send.http' };
      }
      return Promise.resolve().then(() => dispatch(config)).then(() => undefined, error => {
        if (config[SENT]) return; // the host logged how it failed
        try {
          host.log('error', '$.send.http ' + String(request.method).toUpperCase() + ' (not sent) \u2192 '
            + (error && error.message ? error.message : String(error)));
        } catch (ignored) {
          // over the payload limit
        }
      });
    }));
  }

  // ---- @pipedream/platform axios ---------------------------------------------------------------
  function clean(object) {
    if (!isPlainObject(object)) return object;
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== null));
  }

  // axios($, config): the response's data, or the axios error (also exported as `debug` on $ when
  // the server answered, so the response shows with the step).
  async function platformAxios($, config) {
    if (!config || typeof config !== 'object') {
      throw new TypeError('@pipedream/platform axios: call it as axios($, config)');
    }
    const cfg = { ...config, headers: clean(config.headers), params: clean(config.params) };
    if (cfg.data && isPlainObject(cfg.data)) cfg.data = clean(cfg.data);
    try {
      const response = await axios.request(cfg);
      if (cfg.debug && $ && typeof $.export === 'function') $.export('debug_response', response.data);
      return cfg.returnFullResponse ? response : response.data;
    } catch (error) {
      if (error && error.response && $ && typeof $.export === 'function') {
        try {
          const { status, statusText, headers, data } = error.response;
          $.export('debug', { status, statusText, headers, data });
        } catch (ignored) {
          // the error is what matters
        }
      }
      throw error;
    }
  }
  platformAxios.create = config => {
    const instance = axios.create(config);
    return ($, cfg) => platformAxios($, mergeConfig(instance.defaults, cfg));
  };

  return { fetch, Headers, Request, Response, axios, platformAxios, deliver, send, blobBytes };
})
