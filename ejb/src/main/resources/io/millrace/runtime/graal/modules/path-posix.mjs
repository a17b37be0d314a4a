// The built-in module "path/posix" (see lib/path.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("path/posix");
export default m;
export const { sep, delimiter, normalize, resolve, join, relative, dirname, basename, extname, isAbsolute, parse, format, toNamespacedPath, posix, win32 } = m;
