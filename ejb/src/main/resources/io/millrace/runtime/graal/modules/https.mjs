// The built-in module "https" (see lib/node-http.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("https");
export default m;
export const { request, get, Agent, globalAgent, ClientRequest, IncomingMessage, STATUS_CODES, METHODS, createServer, Server } = m;
