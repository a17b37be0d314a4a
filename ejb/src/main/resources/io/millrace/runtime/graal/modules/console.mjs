// The built-in module "console"; served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("console");
export default m;
export const { Console, log, info, warn, error, debug, trace, dir } = m;
