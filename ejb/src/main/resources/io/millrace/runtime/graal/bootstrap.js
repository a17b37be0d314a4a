// Millrace step bootstrap. Evaluated in every fresh step context before the step's code.
// The script's value is install(host): it defines the globals a step may use (defineComponent,
// console, timers, process, Buffer, URL, crypto, fetch, ...) on top of the Java bridge `host` (see
// StepHost.java) and returns the driver { run(ns, propsJson, stepsJson, deadline, envJson), check(ns), commonjs(),
// next(), component() } (component(): lib/component.js, for sources and component metadata).
// Prop values are resolved in lib/props.js; $.send.http requests go out through lib/http.js after run succeeds.
// Bigger built-ins live in lib/*.js and are evaluated on first use (see lib() below).
(function install(host) {
  'use strict';
  const g = globalThis;
  for (const name of ['print', 'printErr', 'load', 'loadWithNewGlobal', 'quit', 'exit', 'read', 'readbuffer',
                      'readline', 'Graal', 'Java', 'Polyglot', 'Packages', 'java', 'javax', 'com', 'org', 'edu',
                      'javafx', 'arguments']) {
    try { delete g[name]; } catch (e) { g[name] = undefined; }
  }

  // ---- console -------------------------------------------------------------------------------
  function cleanStack(stack) {
    return String(stack).split('\n').filter(line => !line.includes('millrace-bootstrap')).join('\n');
  }

  // A value as util.inspect shows it (lib/inspect.js, Node's format), loaded when first needed.
  function inspect(value, options) {
    if (options === undefined) {
      switch (typeof value) {
        case 'undefined': return 'undefined';
        case 'boolean': return String(value);
        case 'number': return Object.is(value, -0) ? '-0' : String(value);
        case 'bigint': return value + 'n';
        default: if (value === null) return 'null';
      }
    }
    return lib('inspect').inspect(value, options);
  }

  // A value in one line of JSON-like text: what an error message shows of a thrown value that is not an Error.
  function brief(value) {
    switch (typeof value) {
      case 'string': return JSON.stringify(value);
      case 'undefined': return 'undefined';
      case 'bigint': return value + 'n';
      case 'symbol': return value.toString();
      case 'function': return '[Function: ' + (value.name || '(anonymous)') + ']';
      case 'object': break;
      default: return String(value);
    }
    if (value === null) return 'null';
    if (value instanceof Error) return value.stack ? cleanStack(value.stack) : value.name + ': ' + value.message;
    if (libs.buffer && value instanceof libs.buffer.Buffer) return libs.buffer.inspectBuffer(value);
    const ancestors = [];
    try {
      return JSON.stringify(value, function (key, v) {
        if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') return brief(v);
        if (v === undefined) return key === '' ? v : 'undefined';
        if (typeof v !== 'object' || v === null) return v;
        while (ancestors.length > 0 && ancestors[ancestors.length - 1] !== this) ancestors.pop();
        if (ancestors.includes(v)) return '[Circular]';
        ancestors.push(v);
        return v;
      });
    } catch (e) {
      return Object.prototype.toString.call(value);
    }
  }

  // console.log's and util.format's %s %d %i %f %j %o %O %c %% substitutions, then the rest joined by spaces.
  function format(args) {
    let rest = args;
    let head = '';
    if (typeof args[0] === 'string' && args[0].includes('%') && args.length > 1) {
      let i = 1;
      head = args[0].replace(/%([sdifjoOc%])/g, (match, spec) => {
        if (spec === '%') return '%';
        if (i >= args.length) return match;
        const a = args[i++];
        switch (spec) {
          case 's':
            if (typeof a === 'number' || typeof a === 'bigint') return inspect(a);
            return (typeof a !== 'object' || a === null || !lib('inspect').hasBuiltInToString(a)) ? String(a)
              : inspect(a, { depth: 0 });
          case 'd': case 'i': { const n = typeof a === 'bigint' ? a : Number(a); return spec === 'i' && typeof n === 'number' ? String(Math.trunc(n)) : String(n); }
          case 'f': return String(parseFloat(a));
          case 'c': return '';
          case 'j':
            try {
              return String(JSON.stringify(a));
            } catch (e) {
              return '[Circular]';
            }
          case 'o': return inspect(a, { showHidden: true, showProxy: true, depth: 4 });
          default: return inspect(a, {});
        }
      });
      rest = args.slice(i);
      if (rest.length === 0) return head;
      head += ' ';
    }
    return head + rest.map(a => (typeof a === 'string' ? a : inspect(a))).join(' ');
  }

  const levels = { log: 'log', info: 'info', warn: 'warn', error: 'error', debug: 'log', trace: 'log' };
  const console = {};
  for (const method of Object.keys(levels)) {
    console[method] = (...args) => { host.log(levels[method], format(args)); };
  }
  // As in Node: the one value, inspected (strings quoted), with the options given and no custom inspect.
  console.dir = (value, options) => { host.log('dir', inspect(value, Object.assign({ customInspect: false }, options))); };
  g.console = console;
  g.global = g;

  // ---- lazily loaded libraries and built-in modules ------------------------------------------
  const libs = Object.create(null);
  const timers = {};
  const internals = { inspect, format, lib, timers, cleanStack, loaded: name => libs[name],
    processUptime: () => g.process && typeof g.process.uptime === 'function' ? g.process.uptime() : 0 };
  function lib(name) {
    return libs[name] || (libs[name] = host.load(name)(host, internals));
  }

  // A global that is defined on first use; assigning or redeclaring it works as for any global.
  function lazy(name, get) {
    Object.defineProperty(g, name, {
      configurable: true, enumerable: false,
      get() { const value = get(); Object.defineProperty(g, name, { value, writable: true, configurable: true }); return value; },
      set(value) { Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: true }); },
    });
  }
  for (const name of ['Buffer', 'atob', 'btoa']) lazy(name, () => lib('buffer')[name]);
  lazy('URL', () => lib('url').URL);
  lazy('URLSearchParams', () => lib('search-params').URLSearchParams);
  lazy('crypto', () => lib('crypto').module);
  lazy('structuredClone', () => lib('extras').structuredClone);
  for (const name of ['fetch', 'Headers', 'Request', 'Response']) lazy(name, () => lib('http')[name]);
  for (const name of ['EventTarget', 'Event', 'AbortController', 'AbortSignal', 'DOMException']) lazy(name, () => lib('events')[name]);
  for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamDefaultController', 'WritableStream',
    'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'TransformStream', 'TransformStreamDefaultController',
    'TextEncoderStream', 'TextDecoderStream', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy']) {
    lazy(name, () => lib('web-streams').module[name]);
  }
  for (const name of ['Blob', 'File']) lazy(name, () => lib('blob')[name]);
  for (const name of ['MessageChannel', 'MessagePort', 'MessageEvent']) lazy(name, () => lib('message-channel')[name]);
  if (typeof g.performance !== 'object' || g.performance === null) {
    const origin = Date.now();
    const marks = [];
    g.performance = {
      timeOrigin: origin,
      now: () => Date.now() - origin,
      mark(name) { const entry = { name, entryType: 'mark', startTime: Date.now() - origin, duration: 0 }; marks.push(entry); return entry; },
      measure(name) { return { name, entryType: 'measure', startTime: 0, duration: 0 }; },
      getEntriesByName: name => marks.filter(m => m.name === name),
      getEntries: () => marks.slice(),
      clearMarks() { marks.length = 0; },
      clearMeasures() {},
      toJSON: () => ({ timeOrigin: origin }),
    };
  }

  const builtins = {
    buffer: () => lib('buffer').module,
    crypto: () => lib('crypto').module,
    url: () => lib('url').module,
    util: () => lib('util').module,
    'util/types': () => lib('util').module.types,
    timers: () => timers,
    'timers/promises': () => lib('extras').timersPromises,
    '@pipedream/platform': () => lib('platform').module,
    events: () => lib('events').module,
    stream: () => lib('stream').module,
    'stream/promises': () => lib('stream').promises,
    'stream/web': () => lib('web-streams').module,
    path: () => lib('path').module,
    'path/posix': () => lib('path').module,
    'path/win32': () => lib('path').module,
    sys: () => lib('util').module,
    console: () => Object.assign({ Console: function Console() { return console; } }, console),
    constants: () => Object.assign({}, lib('node-small').os.constants.signals, lib('zlib').module.constants),
    os: () => lib('node-small').os,
    querystring: () => lib('node-small').querystring,
    string_decoder: () => lib('node-small').stringDecoder,
    zlib: () => lib('zlib').module,
    assert: () => lib('assert').module,
    'assert/strict': () => lib('assert').strict,
    http: () => lib('node-http').http,
    https: () => lib('node-http').https,
    process: () => process,
    fs: () => lib('fs').module,
    'fs/promises': () => lib('fs').promises,
    axios: () => lib('http').axios,
    '@millrace/feed': () => lib('feed').module,
  };

  // Modules a sandbox cannot have: they load, and their functions throw a clear error (lib/node-small.js).
  for (const name of ['child_process', 'net', 'tls', 'cluster', 'worker_threads', 'dgram', 'dns', 'http2', 'vm', 'v8',
    'readline', 'tty', 'module', 'async_hooks', 'perf_hooks', 'diagnostics_channel']) {
    builtins[name] = () => lib('node-small').sandboxedModule(name);
  }

  // The built-in module `name` (also as node:name); the ES modules served by BuiltinModules.java use it too.
  function builtin(name) {
    const id = String(name).replace(/^node:/, '');
    if (Object.prototype.hasOwnProperty.call(builtins, id)) return builtins[id]();
    const error = new Error(host.notFound(String(name)));
    error.code = 'MODULE_NOT_FOUND';
    throw error;
  }
  Object.defineProperty(g, Symbol.for('millrace.builtin'), { value: builtin });

  // ---- npm packages (CommonJS), read through the host from the run's resolved packages --------
  const packageModules = new Map();
  // ES modules of a component package that its CommonJS files require: loaded ahead by the import of the
  // CommonJS file (see ComponentFiles.java), so require() can return their namespace synchronously, as Node does
  const requiredEsm = new Map();
  Object.defineProperty(g, Symbol.for('millrace.esm'), { value: requiredEsm });
  function requireFrom(dir, id) {
    if (typeof id !== 'string') throw new TypeError('The "id" argument must be of type string');
    const target = host.pkgResolve(dir, id);
    if (target == null) {
      const error = new Error(dir == null ? host.notFound(id) : "Cannot find module '" + id + "' from '" + dir + "'");
      error.code = 'MODULE_NOT_FOUND';
      throw error;
    }
    return target.startsWith('builtin:') ? builtin(target.slice(8)) : loadPackageFile(target);
  }
  function loadPackageFile(path) {
    if (requiredEsm.has(path)) return requiredEsm.get(path);
    const cached = packageModules.get(path);
    if (cached) return cached.exports;
    const dir = path.slice(0, path.lastIndexOf('/'));
    const module = { id: path, filename: path, path: dir, exports: {}, loaded: false, children: [] };
    packageModules.set(path, module);
    try {
      const compiled = host.pkgLoad(path);
      if (typeof compiled === 'string') {
        module.exports = JSON.parse(compiled);
      } else {
        const require = id => requireFrom(dir, id);
        require.resolve = id => { const t = host.pkgResolve(dir, String(id)); if (t == null) throw new Error("Cannot find module '" + id + "'"); return t.replace(/^builtin:/, ''); };
        require.cache = Object.create(null);
        module.require = require;
        compiled.call(module.exports, module.exports, require, module, path, dir);
      }
    } catch (e) {
      packageModules.delete(path);
      throw e;
    }
    module.loaded = true;
    return module.exports;
  }
  Object.defineProperty(g, Symbol.for('millrace.require'), { value: loadPackageFile });

  // ---- component definition ------------------------------------------------------------------
  g.defineComponent = component => component;
  let commonjsModule = null;

  function commonjs() {
    commonjsModule = { id: '.', exports: {}, loaded: false, children: [] };
    g.module = commonjsModule;
    g.exports = commonjsModule.exports;
    g.require = function require(id) {
      return requireFrom(null, id);
    };
  }

  // ---- timers (driven by the Java event loop, see EventLoop.java) ----------------------------
  const intervals = new Map();
  let nextInterval = 1;
  timers.setTimeout = (fn, ms, ...args) => {
    if (typeof fn !== 'function') throw new TypeError('setTimeout: callback must be a function');
    return host.setTimer(() => fn(...args), Number(ms) || 0);
  };
  timers.setInterval = (fn, ms, ...args) => {
    if (typeof fn !== 'function') throw new TypeError('setInterval: callback must be a function');
    const id = -(nextInterval++);
    const tick = () => { intervals.set(id, host.setTimer(tick, Number(ms) || 0)); fn(...args); };
    intervals.set(id, host.setTimer(tick, Number(ms) || 0));
    return id;
  };
  timers.clearTimeout = timers.clearInterval = id => {
    if (intervals.has(id)) {
      host.clearTimer(intervals.get(id));
      intervals.delete(id);
    } else if (typeof id === 'number') {
      host.clearTimer(id);
    }
  };
  timers.setImmediate = (fn, ...args) => timers.setTimeout(fn, 0, ...args);
  timers.clearImmediate = timers.clearTimeout;
  Object.assign(g, timers);
  g.queueMicrotask = fn => { Promise.resolve().then(fn); };

  // V8's Error.captureStackTrace, which GraalJS lacks and libraries call in their error classes (got, ...): sets
  // target.stack to its "name: message" and the current frames above the call of constructorOpt.
  if (typeof Error.captureStackTrace !== 'function') {
    Object.defineProperty(Error, 'captureStackTrace', { writable: true, configurable: true,
      value: function captureStackTrace(target, constructorOpt) {
        if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
          throw new TypeError('The "targetObject" argument must be an object');
        }
        let frames = String(new Error().stack).split('\n').filter(line => /^\s+at /.test(line)).slice(1);
        const name = typeof constructorOpt === 'function' ? constructorOpt.name : '';
        if (name) {
          let last = -1;
          frames.forEach((line, i) => { if (line.includes(' ' + name + ' (') || line.includes('.' + name + ' (')) last = i; });
          if (last >= 0) frames = frames.slice(last + 1);
        }
        let header;
        try { header = Error.prototype.toString.call(target); } catch (e) { header = 'Error'; }
        Object.defineProperty(target, 'stack', { value: [header, ...frames].join('\n'), writable: true, configurable: true });
      } });
  }

  // ---- process -------------------------------------------------------------------------------
  // process.env gets the step's environment variables when run starts (so, as in Pipedream, they
  // are not there in the module's top-level code); values are strings, as in Node.
  const envValues = {};
  const env = new Proxy(envValues, {
    set(target, key, value) { target[key] = String(value); return true; },
    defineProperty(target, key, descriptor) {
      return Reflect.defineProperty(target, key, 'value' in descriptor ? { ...descriptor, value: String(descriptor.value) } : descriptor);
    },
  });
  const started = Date.now();
  const process = {
    env,
    version: 'v20.0.0',
    versions: { node: '20.0.0' },
    release: { name: 'node' },
    platform: 'linux',
    arch: 'x64',
    argv: ['/usr/local/bin/node'],
    execArgv: [],
    pid: 1,
    ppid: 0,
    title: 'node',
    exitCode: undefined,
    cwd: () => '/tmp',
    uptime: () => (Date.now() - started) / 1000,
    hrtime: Object.assign(function hrtime(previous) {
      const now = performanceNow();
      let seconds = Math.floor(now / 1e3);
      let nanos = Math.floor((now % 1e3) * 1e6);
      if (Array.isArray(previous)) {
        seconds -= previous[0];
        nanos -= previous[1];
        if (nanos < 0) { seconds--; nanos += 1e9; }
      }
      return [seconds, nanos];
    }, { bigint: () => BigInt(Math.floor(performanceNow() * 1e6)) }),
    memoryUsage: Object.assign(() => ({ rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 }), { rss: () => 0 }),
    nextTick(fn, ...args) {
      if (typeof fn !== 'function') throw new TypeError('The "callback" argument must be of type function');
      Promise.resolve().then(() => fn(...args));
    },
    emitWarning(warning) { console.warn(typeof warning === 'string' ? '(node) Warning: ' + warning : inspect(warning)); },
    exit() { throw new Error('process.exit is not supported by Millrace: return from run, or use $.flow.exit'); },
    on() { return process; },
    once() { return process; },
    off() { return process; },
    removeListener() { return process; },
    removeAllListeners() { return process; },
    emit() { return false; },
    listenerCount() { return 0; },
  };
  function performanceNow() {
    return typeof g.performance === 'object' && g.performance && typeof g.performance.now === 'function'
      ? g.performance.now() : Date.now() - started;
  }
  g.process = process;

  // ---- $ -------------------------------------------------------------------------------------
  function jsonOf(what, value) {
    if (typeof value === 'function' || typeof value === 'symbol') {
      throw new TypeError(what + ' is not JSON-serializable (it is a ' + typeof value + ')');
    }
    try {
      return JSON.stringify(value);
    } catch (e) {
      throw new TypeError(what + ' is not JSON-serializable: ' + e.message);
    }
  }

  function headerList(headers) {
    const list = [];
    for (const [name, value] of Object.entries(headers || {})) {
      if (value === undefined || value === null) continue;
      list.push(String(name), Array.isArray(value) ? value.join(', ') : String(value));
    }
    return list;
  }

  function unsupported(what) {
    return () => { throw new Error(what + ' is not supported by Millrace'); };
  }

  // $.send.http(config): checked and copied now, sent after run finished successfully (see run below).
  function sendHttp(sends, config) {
    if (config === null || typeof config !== 'object') throw new TypeError('$.send.http: pass an object { method, url, ... }');
    const { method, url } = config;
    if (typeof method !== 'string' || !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(method)) {
      throw new TypeError('$.send.http: method is required: an HTTP method such as "POST", got ' + inspect(method));
    }
    if (typeof url !== 'string' && !(url !== null && typeof url === 'object' && typeof url.href === 'string')) {
      throw new TypeError('$.send.http: url is required: the URL to send the request to, got ' + inspect(url));
    }
    let parsed;
    try {
      parsed = new (lib('url').URL)(String(url));
    } catch (e) {
      throw new TypeError('$.send.http: url is not a valid URL: ' + String(url));
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new TypeError('$.send.http: url must be an http or https URL, got ' + parsed.protocol);
    }
    const copyOf = (what, value) => {
      if (value === undefined || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)
          || value instanceof ArrayBuffer || value instanceof lib('search-params').URLSearchParams) {
        return value; // a primitive, or bytes or form data sent as they are
      }
      const json = jsonOf('$.send.http: ' + what, value);
      return json === undefined ? undefined : JSON.parse(json);
    };
    const request = { method: method.toUpperCase(), url: String(url), timeout: 5000 };
    if (config.headers !== undefined && config.headers !== null) request.headers = copyOf('headers', config.headers);
    if (config.params !== undefined && config.params !== null) request.params = copyOf('params', config.params);
    if (config.data !== undefined) request.data = copyOf('data', config.data);
    if (config.auth !== undefined && config.auth !== null) request.auth = copyOf('auth', config.auth);
    sends.push(request);
  }

  function makeDollar(context, sends) {
    let summary;
    const $ = {
      export(name, value) {
        name = String(name);
        const json = jsonOf('$.export: value of "' + name + '"', value);
        host.export(name, json === undefined ? null : JSON.stringify(name) + ':' + json);
        if (name === '$summary') summary = value;
      },
      respond(response) {
        const res = response || {};
        const status = res.status === undefined || res.status === null ? 200 : Number(res.status);
        if (!Number.isInteger(status) || status < 100 || status > 999) {
          throw new TypeError('$.respond: status must be an HTTP status code, got ' + inspect(res.status));
        }
        const body = res.body;
        let text = '';
        let json = false;
        if (typeof body === 'string') {
          text = body;
        } else if (body !== null && typeof body === 'object' && typeof body[Symbol.asyncIterator] === 'function') {
          // A Readable stream: read to its end, then sent as bytes (so it must be awaited, as the seed says).
          if (res.immediate === true) throw new TypeError('$.respond: a Readable stream body cannot be sent with immediate: true');
          return (async () => {
            const parts = [];
            for await (const c of body) parts.push(typeof c === 'string' ? new TextEncoder().encode(c) : new Uint8Array(ArrayBuffer.isView(c) ? c.buffer.slice(c.byteOffset, c.byteOffset + c.byteLength) : c));
            const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
            parts.reduce((at, p) => { all.set(p, at); return at + p.length; }, 0);
            return $.respond({ ...res, body: all });
          })();
        } else if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
          // A Buffer, a typed array or an ArrayBuffer: sent as its bytes (an ArrayBuffer of exactly them).
          text = body instanceof ArrayBuffer ? body.slice(0)
            : new Uint8Array(body.buffer, body.byteOffset, body.byteLength).slice().buffer;
        } else if (body !== undefined && body !== null) {
          text = jsonOf('$.respond: body', body);
          json = true;
        }
        if (libs.sends && libs.sends.delayed()) throw new Error('$.respond cannot be called after $.flow.delay, $.flow.suspend or $.flow.rerun');
        const failure = host.respond(status, headerList(res.headers), text, json, res.immediate === true);
        if (failure) throw new Error('$.respond: ' + failure);
        return Promise.resolve();
      },
      flow: {
        // Ends the execution after this step; `return $.flow.exit(...)` also ends the step at once.
        exit(reason) { host.flowExit(reason === undefined || reason === null ? '' : String(reason)); },
        // Pause the execution at the end of this step (lib/sends.js); return { resume_url, cancel_url }.
        suspend(timeoutMs) { return lib('sends').suspend(timeoutMs); },
        rerun(delayMs, ctx, maxRetries) { return lib('sends').rerun(delayMs, ctx, maxRetries, context.run.runs); },
        delay(ms) { return lib('sends').delay(ms); },
        // Starts another workflow of this workspace with the payload as its event; resolves to { id } of its execution.
        trigger(workflowId, payload) { return lib('sends').trigger(workflowId, payload); },
      },
      send: {
        http(config) { sendHttp(sends, config); },
        // Collected and delivered by the runner after the step succeeds (lib/sends.js).
        email(options) { lib('sends').email(options); },
        s3(options) { lib('sends').s3(options); },
        emit(event, channel) { lib('sends').emit(event, channel); },
        sse(options) { lib('sends').sse(options); },
      },
      context,
    };
    Object.defineProperty($, 'summary', { enumerable: true, get: () => summary, set: value => $.export('$summary', value) });
    Object.defineProperty($, 'files', { enumerable: false, get: () => lib('files').files }); // lib/files.js
    return $;
  }

  // ---- driver --------------------------------------------------------------------------------
  function componentOf(ns) {
    const exported = commonjsModule ? commonjsModule.exports : ns && ns.default;
    if (commonjsModule && exported && Reflect.ownKeys(exported).length === 0) return undefined; // nothing exported
    return exported && typeof exported === 'object' ? exported : undefined;
  }

  function check(ns) {
    const component = componentOf(ns);
    if (!component) {
      return commonjsModule ? 'the step must export a component: module.exports = defineComponent({ ... })'
                            : 'the step must export a component: export default defineComponent({ ... })';
    }
    if (typeof component.run !== 'function') return 'the component must export a run method';
    return null;
  }

  function errorName(e) {
    if (e instanceof Error || (e && typeof e === 'object' && typeof e.message === 'string')) {
      return typeof e.name === 'string' && e.name ? e.name : 'Error';
    }
    return 'Error';
  }

  function errorMessage(e) {
    if (e instanceof Error || (e && typeof e === 'object' && typeof e.message === 'string')) return String(e.message);
    return typeof e === 'object' && e !== null ? brief(e) : String(e);
  }

  // stepRunId and runs: $.context.step_run_id and $.context.run.runs (StepRunInfo), the same for every run of this
  // step of this execution, and which run it is.
  // rerunJson: { context, callback_request } of a run that $.flow.rerun asked for (members of $.context.run), or null.
  function run(ns, propsJson, stepsJson, deadline, envJson, stepRunId, runs, rerunJson) {
    Object.assign(env, JSON.parse(envJson || '{}'));
    const problem = check(ns);
    if (problem) throw new TypeError(problem);
    if (commonjsModule) commonjsModule.loaded = true;
    const component = componentOf(ns);
    const self = Object.create(component);
    Object.assign(self, component.methods || {});
    const configured = JSON.parse(propsJson || '{}') || {};
    const steps = JSON.parse(stepsJson || '{}');
    // Props that additionalProps() adds for the configured ones (lib/configure.js) are resolved like the declared.
    if (typeof component.additionalProps === 'function') {
      lib('configure').allProps(component, configured).then(all => {
        if (applyProps(self, all, configured, steps)) start(component, self, steps, deadline, stepRunId, runs, rerunJson);
      }, error => host.fail(error, errorName(error), errorMessage(error)));
      return;
    }
    if (applyProps(self, component.props, configured, steps)) start(component, self, steps, deadline, stepRunId, runs, rerunJson);
  }

  // Prop values: configured ({{ }} expressions evaluated) or default, checked by type (lib/props.js); false
  // when a value is wrong (the run has failed then).
  function applyProps(self, declared, configured, steps) {
    if ((declared && typeof declared === 'object' && Object.keys(declared).length > 0)
        || (typeof configured === 'object' && Object.keys(configured).length > 0)) {
      let values;
      try {
        values = lib('props').resolve(declared, configured, steps);
      } catch (error) {
        host.fail(error, errorName(error), errorMessage(error));
        return false;
      }
      Object.assign(self, values);
      // data_store, http_request and app props become objects with their API (lib/prop-objects.js)
      const objectProp = name => declared[name] && typeof declared[name] === 'object'
        && OBJECT_PROPS.has(lib('props').definitionOf(declared[name]).type);
      if (Object.keys(declared || {}).some(objectProp)) {
        try {
          lib('prop-objects').attach(self, declared, values, { source: false });
        } catch (error) {
          host.fail(error, errorName(error), errorMessage(error));
          return false;
        }
      }
    }
    return true;
  }

  function start(component, self, steps, deadline, stepRunId, runs, rerunJson) {
    const trigger = steps && steps.trigger;
    const context = Object.assign({}, trigger && trigger.context, {
      deadline: typeof deadline === 'number' ? deadline : null,
      JIT: false,
      run: Object.assign({ runs: typeof runs === 'number' && runs >= 1 ? runs : 1 },
        typeof rerunJson === 'string' ? JSON.parse(rerunJson) : {}),
      step_run_id: typeof stepRunId === 'string' ? stepRunId : null,
    });
    const sends = [];
    const $ = makeDollar(context, sends);
    if (libs.platform) libs.platform.current.$ = $; // @pipedream/platform's legacy $send
    new Promise(resolve => resolve(component.run.call(self, { steps, $ })))
      .catch(error => {
        // @pipedream/platform's $end(message) ends the execution as $.flow.exit(message) does
        if (error && typeof error === 'object' && error.__pd_end && typeof error.__pd_end === 'object') {
          const message = error.__pd_end.message;
          host.flowExit(message === undefined || message === null ? '' : String(message));
          return undefined;
        }
        throw error;
      })
      .then(value => (value === undefined ? null : jsonOf('the value returned by run', value) ?? null))
      .then(json => {
        if (sends.length === 0) {
          host.succeed(json, false);
          return undefined;
        }
        // The step succeeded; its $.send.http requests go out now, and the run ends when they are done.
        if (!host.succeed(json, true)) return undefined; // e.g. over the payload limit: the step failed
        return lib('http').deliver(sends.splice(0)).then(() => host.delivered(), () => host.delivered());
      }, error => {
        if (sends.length > 0) {
          try {
            host.log('warn', sends.length + (sends.length === 1 ? ' request' : ' requests')
              + ' queued with $.send.http ' + (sends.length === 1 ? 'was' : 'were') + ' not sent: the step failed');
          } catch (ignored) {
            // over the payload limit: the run has failed already
          }
        }
        host.fail(error, errorName(error), errorMessage(error));
      });
  }

  // A context that runs the next step of the same execution (StepHost.nextRun): the previous step's
  // CommonJS globals and intervals go. Other globals stay, as in the one Node.js process that runs
  // all steps of a Pipedream execution.
  function next() {
    commonjsModule = null;
    delete g.module;
    delete g.exports;
    delete g.require;
    intervals.clear();
  }

  const OBJECT_PROPS = new Set(['data_store', 'http_request', 'app']);
  // What the libraries that run components (lib/component.js, lib/prop-objects.js) share with the step driver.
  Object.assign(internals, {
    check, componentOf, jsonOf, headerList, errorName, errorMessage, env,
    loadedCommonjs() { if (commonjsModule) commonjsModule.loaded = true; },
  });

  // component(): sources and component metadata (lib/component.js).
  return { run, check, commonjs, next, component: () => lib('component') };
})
