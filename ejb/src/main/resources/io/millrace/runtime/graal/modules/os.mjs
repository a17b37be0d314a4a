// The built-in module "os" (see lib/node-small.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("os");
export default m;
export const { EOL, devNull, arch, platform, type, release, version, machine, hostname, homedir, tmpdir, endianness, uptime, loadavg, totalmem, freemem, availableParallelism, cpus, networkInterfaces, userInfo, getPriority, setPriority, constants } = m;
