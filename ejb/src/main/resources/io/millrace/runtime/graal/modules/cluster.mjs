// The built-in module "cluster" (it cannot be used in a sandbox: its functions throw; see lib/node-small.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("cluster");
export default m;
export const { fork, setupPrimary, setupMaster, disconnect, isPrimary, isMaster, isWorker, workers } = m;
