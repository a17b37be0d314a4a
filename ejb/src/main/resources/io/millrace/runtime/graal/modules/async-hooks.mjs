// The built-in module "async_hooks" (partly: see lib/node-small.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("async_hooks");
export default m;
export const { createHook, executionAsyncId, triggerAsyncId, AsyncLocalStorage, AsyncResource } = m;
