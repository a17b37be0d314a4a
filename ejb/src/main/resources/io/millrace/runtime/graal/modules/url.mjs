// The built-in module "url"; served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("url");
export default m;
export const { URL, URLSearchParams } = m;
