// The built-in module "util"; served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("util");
export default m;
export const { format, inspect, promisify, inherits, deprecate, types, TextEncoder, TextDecoder } = m;
