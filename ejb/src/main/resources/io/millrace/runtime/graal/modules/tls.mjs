// The built-in module "tls" (it cannot be used in a sandbox: its functions throw; see lib/node-small.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("tls");
export default m;
export const { connect, createServer, createSecureContext, TLSSocket, Server, checkServerIdentity, getCiphers } = m;
