// The built-in module "querystring" (see lib/node-small.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("querystring");
export default m;
export const { stringify, parse, encode, decode, escape, unescape, unescapeBuffer } = m;
