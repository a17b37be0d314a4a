// The built-in module "constants" (signals and zlib constants); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("constants");
export default m;
