// The built-in module "util" (see lib/util.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("util");
export default m;
export const { format, formatWithOptions, inspect, promisify, callbackify, inherits, deprecate, debuglog, debug, isDeepStrictEqual,
  types, TextEncoder, TextDecoder, isArray, isBoolean, isBuffer, isDate, isError, isFunction, isNull, isNullOrUndefined, isNumber,
  isObject, isPrimitive, isRegExp, isString, isSymbol, isUndefined, stripVTControlCharacters, toUSVString, styleText,
  getSystemErrorName, getSystemErrorMap, aborted } = m;
