// Smaller built-ins: structuredClone, the util and timers/promises modules, and @pipedream/platform
// (ConfigurationError here; its axios comes from lib/http.js when first used).
// Evaluated on first use by bootstrap.js's lib('extras'); the value is the library's factory.
(function extrasLibrary(host, internals) {
  'use strict';
  const TYPED_ARRAYS = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array];
  const ERRORS = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

  function dataCloneError(value) {
    let shown;
    try { shown = typeof value === 'symbol' ? value.toString() : String(value); } catch (e) { shown = 'value'; }
    const error = new Error(shown + ' could not be cloned.');
    error.name = 'DataCloneError';
    return error;
  }

  // The structured clone algorithm for the types a JSON-minded step meets; cycles and shared references are kept.
  function structuredClone(value) {
    if (arguments.length === 0) throw new TypeError('The "value" argument must be specified');
    const seen = new Map();
    const remember = (from, to) => { seen.set(from, to); return to; };
    function clone(v) {
      if (typeof v === 'function' || typeof v === 'symbol') throw dataCloneError(v);
      if (v === null || typeof v !== 'object') return v;
      if (seen.has(v)) return seen.get(v);
      if (Array.isArray(v)) {
        const out = remember(v, new Array(v.length));
        for (const key of Object.keys(v)) out[key] = clone(v[key]);
        return out;
      }
      if (v instanceof Date) return remember(v, new Date(v.getTime()));
      if (v instanceof RegExp) return remember(v, new RegExp(v.source, v.flags));
      if (v instanceof Boolean || v instanceof Number || v instanceof String || v instanceof BigInt) {
        return remember(v, Object(v.valueOf()));
      }
      if (v instanceof ArrayBuffer) return remember(v, v.slice(0));
      if (v instanceof DataView) return remember(v, new DataView(clone(v.buffer), v.byteOffset, v.byteLength));
      if (ArrayBuffer.isView(v)) {
        const Type = TYPED_ARRAYS.find(type => v instanceof type);
        return remember(v, new Type(clone(v.buffer), v.byteOffset, v.length));
      }
      if (v instanceof Map) {
        const out = remember(v, new Map());
        for (const [key, item] of v) out.set(clone(key), clone(item));
        return out;
      }
      if (v instanceof Set) {
        const out = remember(v, new Set());
        for (const item of v) out.add(clone(item));
        return out;
      }
      if (v instanceof Error) {
        const Type = ERRORS[v.name] || Error;
        const out = remember(v, new Type(v.message));
        if ('cause' in v) out.cause = clone(v.cause);
        if (typeof v.stack === 'string') out.stack = v.stack;
        return out;
      }
      const tag = Object.prototype.toString.call(v);
      if (tag !== '[object Object]' && tag !== '[object Arguments]') throw dataCloneError(v);
      const out = remember(v, {});
      for (const key of Object.keys(v)) out[key] = clone(v[key]);
      return out;
    }
    return clone(value);
  }

  const custom = Symbol.for('nodejs.util.promisify.custom');
  function promisify(fn) {
    if (typeof fn !== 'function') throw new TypeError('The "original" argument must be of type function');
    if (typeof fn[custom] === 'function') return fn[custom];
    return function promisified(...args) {
      return new Promise((resolve, reject) => {
        fn.call(this, ...args, (error, value) => (error ? reject(error) : resolve(value)));
      });
    };
  }

  function inherits(ctor, superCtor) {
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
    Object.setPrototypeOf(ctor, superCtor);
    Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  }

  // util.inspect (lib/inspect.js, loaded on first call)
  function inspect(...args) {
    return internals.lib('inspect').inspect(...args);
  }
  inspect.custom = Symbol.for('nodejs.util.inspect.custom');

  const util = {
    format: (...args) => internals.format(args),
    inspect,
    promisify,
    inherits,
    deprecate: fn => fn,
    types: {
      isDate: v => v instanceof Date,
      isRegExp: v => v instanceof RegExp,
      isPromise: v => v instanceof Promise,
      isTypedArray: v => ArrayBuffer.isView(v) && !(v instanceof DataView),
      isUint8Array: v => v instanceof Uint8Array,
    },
    TextEncoder,
    TextDecoder,
  };
  promisify.custom = custom;

  const timers = internals.timers;
  const timersPromises = {
    setTimeout: (ms, value) => new Promise(resolve => timers.setTimeout(() => resolve(value), ms)),
    setImmediate: value => new Promise(resolve => timers.setImmediate(() => resolve(value))),
    // an async iterator that yields `value` every `ms` milliseconds until the loop stops
    setInterval(ms, value) {
      const waiting = [];
      let ticks = 0;
      const id = timers.setInterval(() => { if (waiting.length > 0) waiting.shift()({ value, done: false }); else ticks++; }, ms);
      return {
        next() {
          if (ticks > 0) { ticks--; return Promise.resolve({ value, done: false }); }
          return new Promise(resolve => waiting.push(resolve));
        },
        return() { timers.clearInterval(id); return Promise.resolve({ value: undefined, done: true }); },
        [Symbol.asyncIterator]() { return this; },
      };
    },
    scheduler: {
      wait: ms => new Promise(resolve => timers.setTimeout(resolve, ms)),
      yield: () => new Promise(resolve => timers.setImmediate(resolve)),
    },
  };

  class ConfigurationError extends Error {
    constructor(message, exposeStack = false) {
      super(message);
      this.name = 'ConfigurationError';
      this.exposeStack = exposeStack;
    }
  }
  const platform = { ConfigurationError };
  Object.defineProperty(platform, 'axios', { enumerable: true, get: () => internals.lib('http').platformAxios });

  return { structuredClone, util, timersPromises, platform };
})
