// The built-in module "dgram" (it cannot be used in a sandbox: its functions throw; see lib/node-small.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("dgram");
export default m;
export const { createSocket, Socket } = m;
