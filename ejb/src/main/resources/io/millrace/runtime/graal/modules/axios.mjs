// The built-in module "axios" (see lib/http.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("axios");
export default m;
export const { Axios, AxiosError, AxiosHeaders, CanceledError, isAxiosError, isCancel, create, all, spread, toFormData, VERSION } = m;
