// The built-in module "net" (it cannot be used in a sandbox: its functions throw; see lib/node-small.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("net");
export default m;
export const { createServer, createConnection, connect, Socket, Server, isIP, isIPv4, isIPv6, BlockList, SocketAddress } = m;
