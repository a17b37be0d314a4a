// The built-in module "stream/web" (see lib/web-streams.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("stream/web");
export default m;
export const { ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController, WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController, TransformStream, TransformStreamDefaultController, TextEncoderStream, TextDecoderStream, ByteLengthQueuingStrategy, CountQueuingStrategy } = m;
