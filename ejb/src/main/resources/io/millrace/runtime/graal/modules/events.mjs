// The built-in module "events" (see lib/events.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("events");
export default m;
export const { EventEmitter, once, on, getEventListeners, setMaxListeners, listenerCount, errorMonitor, captureRejectionSymbol, defaultMaxListeners, Event, EventTarget, addAbortListener } = m;
