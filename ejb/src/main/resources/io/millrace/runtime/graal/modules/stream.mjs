// The built-in module "stream" (see lib/stream.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("stream");
export default m;
export const { Stream, Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished, promises, addAbortSignal, isReadable, isErrored, getDefaultHighWaterMark, setDefaultHighWaterMark } = m;
