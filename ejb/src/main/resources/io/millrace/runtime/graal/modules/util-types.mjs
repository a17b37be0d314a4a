// The built-in module "util/types" (util.types, see lib/util.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("util/types");
export default m;
export const { isAnyArrayBuffer, isArgumentsObject, isArrayBuffer, isArrayBufferView, isAsyncFunction, isBigIntObject,
  isBooleanObject, isBoxedPrimitive, isCryptoKey, isDataView, isDate, isExternal, isGeneratorFunction, isGeneratorObject,
  isKeyObject, isMap, isMapIterator, isModuleNamespaceObject, isNativeError, isNumberObject, isPromise, isProxy, isRegExp,
  isSet, isSetIterator, isSharedArrayBuffer, isStringObject, isSymbolObject, isTypedArray, isWeakMap, isWeakSet,
  isInt8Array, isUint8Array, isUint8ClampedArray, isInt16Array, isUint16Array, isInt32Array, isUint32Array,
  isFloat32Array, isFloat64Array, isBigInt64Array, isBigUint64Array } = m;
