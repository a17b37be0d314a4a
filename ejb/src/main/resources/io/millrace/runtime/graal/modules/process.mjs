// The built-in module "process"; served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("process");
export default m;
export const { env, version, versions, platform, arch, argv, cwd, nextTick, hrtime, uptime, memoryUsage, exit, emitWarning } = m;
