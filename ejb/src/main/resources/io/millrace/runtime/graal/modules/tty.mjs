// The built-in module "tty" (it cannot be used in a sandbox: its functions throw; see lib/node-small.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("tty");
export default m;
export const { ReadStream, WriteStream } = m;
