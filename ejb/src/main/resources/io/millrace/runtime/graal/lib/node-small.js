// Small Node core modules: "os" (safe constants of a sandbox, never the host's), "querystring",
// "string_decoder", and the modules a sandbox cannot have ("child_process", "net", "tls", "cluster",
// "worker_threads", ...), which import fine and throw a clear error only when one of their functions is called.
// Evaluated on first use by bootstrap.js's lib('node-small'); the value is the library's factory.
(function nodeSmallLibrary(host, internals) {
  'use strict';
  const { Buffer, codec } = internals.lib('buffer');

  // ---- os --------------------------------------------------------------------------------------
  const os = {
    EOL: '\n',
    devNull: '/dev/null',
    arch: () => 'x64',
    platform: () => 'linux',
    type: () => 'Linux',
    release: () => '6.0.0',
    version: () => '#1 SMP',
    machine: () => 'x86_64',
    hostname: () => 'millrace',
    homedir: () => '/tmp',
    tmpdir: () => '/tmp',
    endianness: () => 'LE',
    uptime: () => Math.floor(internals.processUptime()),
    loadavg: () => [0, 0, 0],
    totalmem: () => 512 * 1024 * 1024,
    freemem: () => 256 * 1024 * 1024,
    availableParallelism: () => 1,
    cpus: () => [{ model: 'millrace', speed: 0, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } }],
    networkInterfaces: () => ({}),
    userInfo: () => ({ uid: 1000, gid: 1000, username: 'millrace', homedir: '/tmp', shell: null }),
    getPriority: () => 0,
    setPriority: () => { throw new Error('os.setPriority is not supported in Millrace code steps'); },
    constants: Object.freeze({ signals: Object.freeze({ SIGINT: 2, SIGTERM: 15, SIGKILL: 9 }), errno: Object.freeze({}),
      priority: Object.freeze({ PRIORITY_NORMAL: 0 }) }),
  };

  // ---- querystring -----------------------------------------------------------------------------
  function qsEscape(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  }
  function qsUnescape(value) {
    try {
      return decodeURIComponent(value);
    } catch (e) {
      return value.replace(/%([0-9a-fA-F]{2})/g, (m, hex) => String.fromCharCode(parseInt(hex, 16)));
    }
  }
  function primitive(v) {
    if (typeof v === 'string') return v;
    if ((typeof v === 'number' && isFinite(v)) || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
    return '';
  }
  function stringify(object, sep = '&', eq = '=', options = {}) {
    const escape = typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent : qsEscape;
    if (object === null || typeof object !== 'object') return '';
    const parts = [];
    for (const key of Object.keys(object)) {
      const value = object[key];
      const k = escape(primitive(key)) + eq;
      if (Array.isArray(value)) for (const item of value) parts.push(k + escape(primitive(item)));
      else parts.push(k + escape(primitive(value)));
    }
    return parts.join(sep);
  }
  function parse(text, sep = '&', eq = '=', options = {}) {
    const out = Object.create(null);
    if (typeof text !== 'string' || text.length === 0) return out;
    const unescape = typeof options.decodeURIComponent === 'function' ? options.decodeURIComponent : qsUnescape;
    const max = typeof options.maxKeys === 'number' ? options.maxKeys : 1000;
    let pairs = text.split(sep || '&');
    if (max > 0) pairs = pairs.slice(0, max);
    for (const pair of pairs) {
      if (pair === '') continue;
      const at = pair.indexOf(eq || '=');
      const rawKey = at >= 0 ? pair.slice(0, at) : pair;
      const rawValue = at >= 0 ? pair.slice(at + (eq || '=').length) : '';
      const key = unescape(rawKey.replace(/\+/g, ' '));
      const value = unescape(rawValue.replace(/\+/g, ' '));
      if (!(key in out)) out[key] = value;
      else if (Array.isArray(out[key])) out[key].push(value);
      else out[key] = [out[key], value];
    }
    return out;
  }
  const querystring = { stringify, parse, encode: stringify, decode: parse, escape: qsEscape, unescape: qsUnescape,
    unescapeBuffer: s => Buffer.from(qsUnescape(String(s)), 'latin1') };

  // ---- string_decoder -------------------------------------------------------------------------
  // Decodes chunks of bytes into text, keeping an incomplete multi-byte character for the next chunk.
  class StringDecoder {
    constructor(encoding) {
      const name = String(encoding || 'utf8').toLowerCase().replace('-', '');
      if (!Buffer.isEncoding(name)) throw Object.assign(new TypeError('Unknown encoding: ' + encoding), { code: 'ERR_UNKNOWN_ENCODING' });
      this.encoding = name === 'utf-8' ? 'utf8' : name;
      this._pending = Buffer.alloc(0);
    }
    _split(bytes) {
      const enc = this.encoding;
      let keep = 0;
      if (enc === 'utf8') {
        for (let back = 1; back <= Math.min(3, bytes.length); back++) {
          const b = bytes[bytes.length - back];
          if ((b & 0xc0) === 0x80) continue;
          const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
          if (need > back) keep = back;
          break;
        }
      } else if (enc === 'ucs2' || enc === 'utf16le') {
        keep = bytes.length % 2;
      } else if (enc === 'base64' || enc === 'base64url') {
        keep = bytes.length % 3;
      }
      return keep;
    }
    write(chunk) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, this.encoding) : Buffer.from(chunk);
      const all = this._pending.length > 0 ? Buffer.concat([this._pending, bytes]) : bytes;
      const keep = this._split(all);
      this._pending = Buffer.from(all.subarray(all.length - keep));
      return all.subarray(0, all.length - keep).toString(this.encoding);
    }
    end(chunk) {
      const text = chunk === undefined ? '' : this.write(chunk);
      const rest = this._pending.length > 0 ? this._pending.toString(this.encoding) : '';
      this._pending = Buffer.alloc(0);
      return text + rest;
    }
    text(chunk, offset) { return this.write(Buffer.from(chunk).subarray(offset)); }
    get lastNeed() { return this._pending.length; }
    get lastTotal() { return this._pending.length; }
  }

  // ---- modules a sandbox cannot have ----------------------------------------------------------
  const SANDBOXED = {
    child_process: ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'],
    net: ['createServer', 'createConnection', 'connect', 'Socket', 'Server', 'isIP', 'isIPv4', 'isIPv6', 'BlockList', 'SocketAddress'],
    tls: ['connect', 'createServer', 'createSecureContext', 'TLSSocket', 'Server', 'checkServerIdentity', 'getCiphers'],
    cluster: ['fork', 'setupPrimary', 'setupMaster', 'disconnect'],
    worker_threads: ['Worker', 'MessageChannel', 'MessagePort', 'BroadcastChannel', 'receiveMessageOnPort',
      'markAsUntransferable', 'moveMessagePortToContext', 'getEnvironmentData', 'setEnvironmentData'],
    dgram: ['createSocket', 'Socket'],
    dns: ['lookup', 'resolve', 'resolve4', 'resolve6', 'reverse', 'setServers', 'getServers'],
    http2: ['connect', 'createServer', 'createSecureServer', 'getDefaultSettings', 'getPackedSettings', 'getUnpackedSettings',
      'Http2ServerRequest', 'Http2ServerResponse'],
    vm: ['Script', 'createContext', 'runInContext', 'runInNewContext', 'runInThisContext', 'isContext'],
    v8: ['serialize', 'deserialize', 'getHeapStatistics', 'setFlagsFromString'],
    inspector: ['open', 'close', 'url', 'Session'],
    repl: ['start'],
    readline: ['createInterface', 'clearLine', 'cursorTo', 'emitKeypressEvents'],
    tty: ['ReadStream', 'WriteStream'],
    module: ['createRequire', 'register'],
    async_hooks: ['createHook', 'executionAsyncId', 'triggerAsyncId'],
    perf_hooks: ['monitorEventLoopDelay', 'createHistogram'],
    diagnostics_channel: ['subscribe', 'unsubscribe'],
    trace_events: ['createTracing'],
    wasi: ['WASI'],
    domain: ['create'],
  };
  function unavailable(name, fn) {
    const thrower = function () {
      throw Object.assign(new Error(name + '.' + fn + ' is not available in Millrace code steps: the "' + name
        + '" module cannot be used in the sandbox'), { code: 'ERR_NOT_SUPPORTED_IN_MILLRACE' });
    };
    Object.defineProperty(thrower, 'name', { value: fn });
    return thrower;
  }
  const sandboxed = {};
  function sandboxedModule(name) {
    if (sandboxed[name]) return sandboxed[name];
    const module = {};
    for (const fn of SANDBOXED[name]) module[fn] = unavailable(name, fn);
    if (name === 'net') {
      module.isIP = s => (isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0);
      module.isIPv4 = isIPv4;
      module.isIPv6 = isIPv6;
    }
    if (name === 'dns') {
      // Node's flag constants and the promises API, so that libraries that import them load (cacheable-lookup, used by got)
      Object.assign(module, { ADDRCONFIG: 1024, V4MAPPED: 2048, ALL: 256, Resolver: unavailable(name, 'Resolver'),
        getDefaultResultOrder: () => 'verbatim', setDefaultResultOrder: unavailable(name, 'setDefaultResultOrder'),
        lookupService: unavailable(name, 'lookupService'), resolveAny: unavailable(name, 'resolveAny') });
      module.promises = { Resolver: unavailable(name, 'promises.Resolver') };
      for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6', 'reverse']) module.promises[fn] = unavailable(name, 'promises.' + fn);
      module.promises.getDefaultResultOrder = module.getDefaultResultOrder;
    }
    if (name === 'http2') {
      // the constants libraries read when they load (undici, used by cheerio)
      module.constants = { NGHTTP2_CANCEL: 8, HTTP2_HEADER_AUTHORITY: ':authority', HTTP2_HEADER_METHOD: ':method',
        HTTP2_HEADER_PATH: ':path', HTTP2_HEADER_SCHEME: ':scheme', HTTP2_HEADER_STATUS: ':status',
        HTTP2_HEADER_PROTOCOL: ':protocol', HTTP2_HEADER_CONTENT_LENGTH: 'content-length', HTTP2_HEADER_CONTENT_TYPE: 'content-type',
        HTTP2_HEADER_EXPECT: 'expect', HTTP2_HEADER_HOST: 'host', HTTP2_HEADER_TE: 'te', HTTP2_HEADER_USER_AGENT: 'user-agent',
        HTTP2_HEADER_CONNECTION: 'connection', HTTP2_HEADER_UPGRADE: 'upgrade', HTTP2_HEADER_TRANSFER_ENCODING: 'transfer-encoding',
        HTTP2_HEADER_KEEP_ALIVE: 'keep-alive', HTTP2_HEADER_PROXY_CONNECTION: 'proxy-connection',
        HTTP2_METHOD_GET: 'GET', HTTP2_METHOD_POST: 'POST', HTTP2_METHOD_CONNECT: 'CONNECT', HTTP_STATUS_OK: 200 };
      module.sensitiveHeaders = Symbol('nodejs.http2.sensitiveHeaders');
    }
    if (name === 'worker_threads') Object.assign(module, { isMainThread: true, parentPort: null, threadId: 0, workerData: null });
    if (name === 'cluster') Object.assign(module, { isPrimary: true, isMaster: true, isWorker: false, workers: {} });
    if (name === 'perf_hooks') Object.assign(module, { performance: globalThis.performance || { now: () => Date.now() } });
    if (name === 'async_hooks') {
      module.AsyncLocalStorage = class AsyncLocalStorage {
        getStore() { return this._store; }
        run(store, fn, ...args) { const prev = this._store; this._store = store; try { return fn(...args); } finally { this._store = prev; } }
        enterWith(store) { this._store = store; }
        disable() { this._store = undefined; }
      };
      module.AsyncResource = class AsyncResource {
        runInAsyncScope(fn, thisArg, ...args) { return fn.apply(thisArg, args); }
        emitDestroy() { return this; }
        bind(fn) { return fn.bind(this); }
        static bind(fn) { return fn; }
      };
    }
    if (name === 'diagnostics_channel') {
      module.channel = () => ({ hasSubscribers: false, publish() {}, subscribe() {}, unsubscribe() { return false; } });
      module.hasSubscribers = () => false;
      module.tracingChannel = () => ({ hasSubscribers: false, traceSync: (fn, ctx, self, ...a) => fn.apply(self, a),
        tracePromise: (fn, ctx, self, ...a) => fn.apply(self, a), traceCallback: (fn, pos, ctx, self, ...a) => fn.apply(self, a) });
    }
    module.default = module;
    sandboxed[name] = module;
    return module;
  }
  function isIPv4(s) {
    return typeof s === 'string' && /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(s);
  }
  function isIPv6(s) {
    return typeof s === 'string' && s.includes(':') && /^[0-9a-fA-F:.]+$/.test(s) && s.split('::').length <= 2;
  }

  return { os, querystring, StringDecoder, stringDecoder: { StringDecoder }, sandboxedModule,
    sandboxedNames: Object.keys(SANDBOXED), codec };
})
