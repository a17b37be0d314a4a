// The built-in module "util": format, inspect, promisify, callbackify, inherits, deprecate, debuglog,
// isDeepStrictEqual, types (Node's checks), the legacy is* functions, TextEncoder/TextDecoder and the rest
// published libraries use. Starts from lib/extras.js's util; deep equality comes from lib/assert.js.
// Evaluated on first use by bootstrap.js's lib('util'); the value is the library's factory.
(function utilLibrary(host, internals) {
  'use strict';
  const base = internals.lib('extras').util;
  const tag = v => Object.prototype.toString.call(v);
  const TYPED = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
    'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];

  const types = {
    isDate: v => v instanceof Date,
    isRegExp: v => v instanceof RegExp,
    isPromise: v => v instanceof Promise,
    isMap: v => v instanceof Map,
    isSet: v => v instanceof Set,
    isWeakMap: v => v instanceof WeakMap,
    isWeakSet: v => v instanceof WeakSet,
    isMapIterator: v => tag(v) === '[object Map Iterator]',
    isSetIterator: v => tag(v) === '[object Set Iterator]',
    isNativeError: v => v instanceof Error,
    isArrayBuffer: v => v instanceof ArrayBuffer,
    isSharedArrayBuffer: v => typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer,
    isAnyArrayBuffer: v => v instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer),
    isArrayBufferView: v => ArrayBuffer.isView(v),
    isDataView: v => v instanceof DataView,
    isTypedArray: v => ArrayBuffer.isView(v) && !(v instanceof DataView),
    isAsyncFunction: v => typeof v === 'function' && tag(v) === '[object AsyncFunction]',
    isGeneratorFunction: v => typeof v === 'function' && /GeneratorFunction\]$/.test(tag(v)),
    isGeneratorObject: v => tag(v) === '[object Generator]',
    isBoxedPrimitive: v => v instanceof Number || v instanceof String || v instanceof Boolean
      || (typeof v === 'object' && v !== null && (tag(v) === '[object Symbol]' || tag(v) === '[object BigInt]')),
    isNumberObject: v => v instanceof Number,
    isStringObject: v => v instanceof String,
    isBooleanObject: v => v instanceof Boolean,
    isSymbolObject: v => typeof v === 'object' && v !== null && tag(v) === '[object Symbol]',
    isBigIntObject: v => typeof v === 'object' && v !== null && tag(v) === '[object BigInt]',
    isProxy: () => false,
    isExternal: () => false,
    isModuleNamespaceObject: v => tag(v) === '[object Module]',
    isArgumentsObject: v => tag(v) === '[object Arguments]',
    isKeyObject: v => !!(v && typeof v === 'object' && v.constructor && v.constructor.name === 'KeyObject'),
    isCryptoKey: () => false,
  };
  for (const name of TYPED) types['is' + name] = v => tag(v) === '[object ' + name + ']';

  function callbackify(fn) {
    if (typeof fn !== 'function') throw new TypeError('The "original" argument must be of type function');
    return function callbackified(...args) {
      const callback = args.pop();
      if (typeof callback !== 'function') throw new TypeError('The last argument must be of type function');
      fn.apply(this, args).then(value => callback(null, value), reason => {
        const error = reason || Object.assign(new Error('Promise was rejected with a falsy value'), { reason, code: 'ERR_FALSY_VALUE_REJECTION' });
        callback(error);
      });
    };
  }

  function debuglog(section) {
    const enabled = new RegExp('(^|,)\\s*' + String(section).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\s*(,|$)', 'i')
      .test(String((internals.env && internals.env.NODE_DEBUG) || ''));
    const log = (...args) => { if (enabled) console.error(String(section).toUpperCase() + ' 1: ' + internals.format(args)); };
    log.enabled = enabled;
    return log;
  }

  function deprecate(fn, message, code) {
    let warned = false;
    return function deprecated(...args) {
      if (!warned) { warned = true; console.warn('[' + (code || 'DEP0000') + '] DeprecationWarning: ' + message); }
      return new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
    };
  }

  const util = {
    ...base,
    format: (...args) => internals.format(args),
    formatWithOptions: (options, ...args) => internals.format(args),
    callbackify,
    debuglog,
    debug: debuglog,
    deprecate,
    isDeepStrictEqual: (a, b) => internals.lib('assert').deepEqual(a, b, true),
    types,
    isArray: Array.isArray,
    isBoolean: v => typeof v === 'boolean',
    isBuffer: v => internals.lib('buffer').Buffer.isBuffer(v),
    isDate: types.isDate,
    isError: v => v instanceof Error,
    isFunction: v => typeof v === 'function',
    isNull: v => v === null,
    isNullOrUndefined: v => v === null || v === undefined,
    isNumber: v => typeof v === 'number',
    isObject: v => v !== null && typeof v === 'object',
    isPrimitive: v => v === null || (typeof v !== 'object' && typeof v !== 'function'),
    isRegExp: types.isRegExp,
    isString: v => typeof v === 'string',
    isSymbol: v => typeof v === 'symbol',
    isUndefined: v => v === undefined,
    stripVTControlCharacters: s => String(s).replace(/\u001b\[[0-9;]*[A-Za-z]/g, ''),
    toUSVString: s => String(s).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'),
    styleText: (format, text) => String(text),
    getSystemErrorName: code => 'E' + code,
    getSystemErrorMap: () => new Map(),
    aborted: (signal) => new Promise(resolve => signal.addEventListener('abort', resolve, { once: true })),
    log: (...args) => console.log(new Date().toISOString() + ' - ' + internals.format(args)),
    _extend: (target, source) => Object.assign(target, source),
  };
  util.inspect = base.inspect;
  util.promisify = base.promisify;
  return { module: util };
})
