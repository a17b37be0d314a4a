// The built-in module "dns" (it cannot be used in a sandbox: its functions throw; see lib/node-small.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("dns");
export default m;
export const { lookup, resolve, resolve4, resolve6, reverse, setServers, getServers, ADDRCONFIG, V4MAPPED, ALL, Resolver, promises,
  getDefaultResultOrder, setDefaultResultOrder, lookupService, resolveAny } = m;
