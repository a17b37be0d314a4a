// The built-in module "fs" (see lib/fs.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("fs");
export default m;
export const { readFileSync, writeFileSync, appendFileSync, existsSync, mkdirSync, readdirSync, statSync, lstatSync,
  unlinkSync, rmSync, rmdirSync, renameSync, copyFileSync, accessSync, mkdtempSync, readFile, writeFile, appendFile,
  exists, mkdir, readdir, stat, lstat, unlink, rm, rmdir, rename, copyFile, access, mkdtemp, createReadStream,
  createWriteStream, promises, constants, Stats, Dirent } = m;
