// The built-in module "http" (see lib/node-http.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("http");
export default m;
export const { request, get, Agent, globalAgent, ClientRequest, IncomingMessage, STATUS_CODES, METHODS, OutgoingMessage, createServer, Server, ServerResponse, maxHeaderSize, validateHeaderName, validateHeaderValue } = m;
