// The built-in module "http2" (it cannot be used in a sandbox: its functions throw; see lib/node-small.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("http2");
export default m;
export const { connect, createServer, createSecureServer, constants, sensitiveHeaders, getDefaultSettings, getPackedSettings,
  getUnpackedSettings, Http2ServerRequest, Http2ServerResponse } = m;
