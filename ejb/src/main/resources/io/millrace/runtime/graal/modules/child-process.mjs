// The built-in module "child_process" (it cannot be used in a sandbox: its functions throw; see lib/node-small.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("child_process");
export default m;
export const { spawn, spawnSync, exec, execSync, execFile, execFileSync, fork } = m;
