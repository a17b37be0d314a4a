// The built-in module "timers"; served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("timers");
export default m;
export const { setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate } = m;
