// The built-in module "perf_hooks" (partly: see lib/node-small.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("perf_hooks");
export default m;
export const { performance, monitorEventLoopDelay, createHistogram } = m;
