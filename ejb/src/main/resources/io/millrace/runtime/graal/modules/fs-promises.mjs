// The built-in module "fs/promises" (see lib/fs.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("fs/promises");
export default m;
export const { readFile, writeFile, appendFile, mkdir, readdir, stat, lstat, unlink, rm, rmdir, rename, copyFile,
  access, mkdtemp, constants } = m;
