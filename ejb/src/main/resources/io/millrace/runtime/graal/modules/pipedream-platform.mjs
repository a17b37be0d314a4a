// The built-in module "@pipedream/platform"; served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("@pipedream/platform");
export default m;
export const { ConfigurationError, axios } = m;
