// The built-in module "string_decoder" (see lib/node-small.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("string_decoder");
export default m;
export const { StringDecoder } = m;
