// The built-in module "zlib" (see lib/zlib.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("zlib");
export default m;
export const { constants, deflate, deflateSync, inflate, inflateSync, deflateRaw, deflateRawSync, inflateRaw, inflateRawSync, gzip, gzipSync, gunzip, gunzipSync, unzip, unzipSync, createDeflate, createInflate, createDeflateRaw, createInflateRaw, createGzip, createGunzip, createUnzip, Deflate, Inflate, DeflateRaw, InflateRaw, Gzip, Gunzip, Unzip, brotliCompress, brotliDecompress, brotliCompressSync, brotliDecompressSync, createBrotliCompress, createBrotliDecompress, crc32 } = m;
