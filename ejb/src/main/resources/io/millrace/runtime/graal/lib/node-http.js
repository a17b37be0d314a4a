// The built-in modules "http" and "https", client side: request, get, Agent, ClientRequest, IncomingMessage,
// STATUS_CODES and METHODS, over the host's egress-checked HTTP (lib/http.js's transport, HostHttp.java).
// The request body is sent when end() is called; redirects are followed by the host; compressed bodies
// arrive decompressed (content-encoding is removed). Servers (createServer) are not available.
// Evaluated on first use by bootstrap.js's lib('node-http'); the value is the library's factory.
(function nodeHttpLibrary(host, internals) {
  'use strict';
  const { Buffer } = internals.lib('buffer');
  const { Readable, Writable } = internals.lib('stream');
  const { EventEmitter } = internals.lib('events');
  const transport = internals.lib('http');

  const STATUS_CODES = { 100: 'Continue', 101: 'Switching Protocols', 200: 'OK', 201: 'Created', 202: 'Accepted',
    203: 'Non-Authoritative Information', 204: 'No Content', 206: 'Partial Content', 301: 'Moved Permanently', 302: 'Found',
    303: 'See Other', 304: 'Not Modified', 307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request',
    401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 408: 'Request Timeout',
    409: 'Conflict', 410: 'Gone', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity',
    429: 'Too Many Requests', 500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
    503: 'Service Unavailable', 504: 'Gateway Timeout' };
  const METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH', 'MERGE',
    'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE',
    'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];

  class Agent extends EventEmitter {
    constructor(options = {}) {
      super();
      this.options = { ...options };
      this.keepAlive = !!options.keepAlive;
      this.maxSockets = options.maxSockets || Infinity;
      this.maxFreeSockets = options.maxFreeSockets || 256;
      this.sockets = {};
      this.freeSockets = {};
      this.requests = {};
      this.defaultPort = 80;
      this.protocol = 'http:';
    }
    destroy() {}
    getName(options = {}) { return (options.host || 'localhost') + ':' + (options.port || '') + ':' + (options.localAddress || ''); }
  }

  // A socket-shaped stand-in: what libraries read from req.socket / res.socket.
  function fakeSocket() {
    const socket = new EventEmitter();
    Object.assign(socket, { remoteAddress: undefined, remotePort: undefined, encrypted: undefined, connecting: false,
      setTimeout() { return socket; }, setNoDelay() { return socket; }, setKeepAlive() { return socket; },
      destroy() { return socket; }, ref() { return socket; }, unref() { return socket; }, address: () => ({}) });
    return socket;
  }

  class IncomingMessage extends Readable {
    constructor(meta, bytes) {
      super();
      this.statusCode = meta.status;
      this.statusMessage = meta.statusText || STATUS_CODES[meta.status] || '';
      this.httpVersion = '1.1';
      this.httpVersionMajor = 1;
      this.httpVersionMinor = 1;
      this.url = meta.url;
      this.complete = false;
      this.headers = {};
      this.rawHeaders = [];
      this.trailers = {};
      this.rawTrailers = [];
      this.socket = this.connection = fakeSocket();
      const decoded = meta.headers.some(([name, value]) => name === 'content-encoding' && /gzip|deflate/i.test(value));
      for (const [name, value] of meta.headers) {
        if (decoded && (name === 'content-encoding' || name === 'content-length')) continue;
        this.rawHeaders.push(name, value);
        if (name === 'set-cookie') (this.headers[name] = this.headers[name] || []).push(value);
        else if (this.headers[name] !== undefined) this.headers[name] += (name === 'cookie' ? '; ' : ', ') + value;
        else this.headers[name] = value;
      }
      if (decoded) this.headers['content-length'] = String(bytes.length);
      this._bytes = bytes;
    }
    _read() {
      if (this._bytes !== null) {
        const bytes = this._bytes;
        this._bytes = null;
        if (bytes.length > 0) this.push(bytes);
        this.complete = true;
        this.push(null);
      }
    }
    setTimeout(ms, callback) { if (callback) this.once('timeout', callback); return this; }
  }

  function urlOptions(url) {
    return { protocol: url.protocol, hostname: url.hostname.replace(/^\[|\]$/g, ''), port: url.port,
      path: url.pathname + url.search, auth: url.username ? decodeURIComponent(url.username) + ':' + decodeURIComponent(url.password) : undefined };
  }

  class ClientRequest extends Writable {
    constructor(input, options, callback, defaultProtocol) {
      super({ autoDestroy: false }); // the request lives on after its body is written: the response comes later
      const URL = internals.lib('url').URL;
      if (typeof options === 'function') { callback = options; options = {}; }
      let opts;
      if (typeof input === 'string') opts = { ...urlOptions(new URL(input)), ...(options || {}) };
      else if (input && typeof input === 'object' && typeof input.href === 'string' && input.searchParams) opts = { ...urlOptions(input), ...(options || {}) };
      else { opts = { ...(input || {}) }; if (typeof options === 'function') callback = options; }
      const protocol = opts.protocol || (opts.agent && opts.agent.protocol) || defaultProtocol;
      if (protocol !== defaultProtocol) {
        throw Object.assign(new TypeError('Protocol "' + protocol + '" not supported. Expected "' + defaultProtocol + '"'),
          { code: 'ERR_INVALID_PROTOCOL' });
      }
      const hostname = opts.hostname || (opts.host ? String(opts.host).replace(/:\d+$/, '') : 'localhost');
      const port = opts.port || (opts.host && /:(\d+)$/.test(opts.host) ? /:(\d+)$/.exec(opts.host)[1] : '');
      const defaultPort = protocol === 'https:' ? 443 : 80;
      const hostPart = hostname.includes(':') ? '[' + hostname + ']' : hostname;
      this._url = protocol + '//' + hostPart + (port && Number(port) !== defaultPort ? ':' + port : '') + (opts.path || '/');
      this.method = String(opts.method || 'GET').toUpperCase();
      this.path = opts.path || '/';
      this.host = hostname;
      this.protocol = protocol;
      this.agent = opts.agent;
      this.aborted = false;
      this.reusedSocket = false;
      this.socket = this.connection = fakeSocket();
      this._headers = new Map();
      this._chunks = [];
      this._timeout = Number(opts.timeout) || 0;
      this.headersSent = false;
      for (const [name, value] of Object.entries(opts.headers || {})) if (value !== undefined) this.setHeader(name, value);
      if (opts.auth && !this.hasHeader('authorization')) {
        this.setHeader('Authorization', 'Basic ' + Buffer.from(opts.auth).toString('base64'));
      }
      if (callback) this.once('response', callback);
      if (opts.signal) opts.signal.addEventListener('abort', () => this.destroy(opts.signal.reason));
      Promise.resolve().then(() => { this.emit('socket', this.socket); });
    }
    setHeader(name, value) { this._headers.set(String(name).toLowerCase(), [String(name), value]); return this; }
    getHeader(name) { const h = this._headers.get(String(name).toLowerCase()); return h ? h[1] : undefined; }
    hasHeader(name) { return this._headers.has(String(name).toLowerCase()); }
    removeHeader(name) { this._headers.delete(String(name).toLowerCase()); }
    getHeaders() { const out = Object.create(null); for (const [key, [, value]] of this._headers) out[key] = value; return out; }
    getHeaderNames() { return Array.from(this._headers.keys()); }
    getRawHeaderNames() { return Array.from(this._headers.values(), ([name]) => name); }
    flushHeaders() {}
    setNoDelay() {}
    setSocketKeepAlive() {}
    setTimeout(ms, callback) { this._timeout = Number(ms) || 0; if (callback) this.once('timeout', callback); return this; }
    abort() { this.aborted = true; this.destroy(); }
    _write(chunk, encoding, callback) { this._chunks.push(Buffer.from(chunk)); callback(); }
    _final(callback) {
      this.headersSent = true;
      const headers = [];
      for (const [, [name, value]] of this._headers) {
        if (Array.isArray(value)) for (const v of value) headers.push([name, String(v)]);
        else headers.push([name, String(value)]);
      }
      const accept = headers.find(([n]) => n.toLowerCase() === 'accept-encoding');
      if (accept) accept[1] = 'gzip, deflate';
      const body = this._chunks.length > 0 ? Buffer.concat(this._chunks) : null;
      const wire = body === null ? undefined : body.buffer.slice(body.byteOffset, body.byteOffset + body.length);
      callback();
      transport.send(this.method, this._url, headers, wire, this._timeout, 0).then(meta => {
        if (this.destroyed) return;
        const bytes = meta.body ? transport.blobBytes(meta.body) : Buffer.alloc(0);
        const response = new IncomingMessage(meta, this.method === 'HEAD' ? Buffer.alloc(0) : bytes);
        response.req = this;
        this.res = response;
        if (!this.emit('response', response)) response.resume();
        this.emit('close');
      }, info => {
        if (this.destroyed) return;
        const error = info instanceof Error ? info : Object.assign(new Error(info.message), { code: info.code });
        if (info && info.code === 'ETIMEDOUT' && this.listenerCount('timeout') > 0) this.emit('timeout');
        this.emit('error', error);
      });
    }
  }

  function make(defaultProtocol) {
    const globalAgent = new Agent();
    globalAgent.protocol = defaultProtocol;
    globalAgent.defaultPort = defaultProtocol === 'https:' ? 443 : 80;
    const request = (input, options, callback) => new ClientRequest(input, options, callback, defaultProtocol);
    const get = (input, options, callback) => { const req = request(input, options, callback); req.end(); return req; };
    const unavailable = () => {
      throw Object.assign(new Error((defaultProtocol === 'https:' ? 'https' : 'http')
        + '.createServer is not available in Millrace code steps: steps receive HTTP through HTTP triggers'),
      { code: 'ERR_NOT_SUPPORTED_IN_MILLRACE' });
    };
    return { request, get, Agent, globalAgent, ClientRequest, IncomingMessage, STATUS_CODES, METHODS,
      OutgoingMessage: Writable, createServer: unavailable, Server: unavailable, ServerResponse: unavailable,
      maxHeaderSize: 16384, validateHeaderName: () => {}, validateHeaderValue: () => {}, setMaxIdleHTTPParsers: () => {} };
  }
  return { http: make('http:'), https: make('https:') };
})
