// The built-in module "buffer"; served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("buffer");
export default m;
export const { Buffer, atob, btoa, constants, kMaxLength, kStringMaxLength, SlowBuffer, isUtf8, isAscii, transcode, INSPECT_MAX_BYTES,
  Blob, File } = m;
