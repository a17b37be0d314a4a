// The built-in module "v8" (it cannot be used in a sandbox: its functions throw; see lib/node-small.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("v8");
export default m;
export const { serialize, deserialize, getHeapStatistics, setFlagsFromString } = m;
