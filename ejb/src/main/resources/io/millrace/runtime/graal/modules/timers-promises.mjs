// The built-in module "timers/promises"; served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("timers/promises");
export default m;
export const { setTimeout, setImmediate, setInterval, scheduler } = m;
