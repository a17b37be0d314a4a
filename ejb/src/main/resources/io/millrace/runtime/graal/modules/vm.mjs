// The built-in module "vm" (it cannot be used in a sandbox: its functions throw; see lib/node-small.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("vm");
export default m;
export const { Script, createContext, runInContext, runInNewContext, runInThisContext, isContext } = m;
