// The built-in module "readline" (it cannot be used in a sandbox: its functions throw; see lib/node-small.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("readline");
export default m;
export const { createInterface, clearLine, cursorTo, emitKeypressEvents } = m;
