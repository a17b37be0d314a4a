// The built-in module "stream/promises" (see lib/stream.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("stream/promises");
export default m;
export const { pipeline, finished } = m;
