// The built-in module "diagnostics_channel" (inert: see lib/node-small.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("diagnostics_channel");
export default m;
export const { channel, hasSubscribers, subscribe, unsubscribe, tracingChannel } = m;
