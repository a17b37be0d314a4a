// The built-in module "url" (see lib/url.js and lib/url-legacy.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("url");
export default m;
export const { URL, URLSearchParams, parse, format, resolve, resolveObject, Url, fileURLToPath, pathToFileURL, domainToASCII,
  domainToUnicode, urlToHttpOptions } = m;
