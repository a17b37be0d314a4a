// The built-in module "zlib": deflate, inflate, their raw forms, gzip, gunzip and unzip by java.util.zip
// (HostZlib.java), as *Sync functions, callback functions and streams (createGzip, ...; a stream
// compresses what was written when it ends). Brotli is not supported. Output is capped at 64 MiB.
// Evaluated on first use by bootstrap.js's lib('zlib'); the value is the library's factory.
(function zlibLibrary(host, internals) {
  'use strict';
  const { Buffer, codec } = internals.lib('buffer');
  const OPERATIONS = { Deflate: 'deflate', Inflate: 'inflate', DeflateRaw: 'deflateRaw', InflateRaw: 'inflateRaw',
    Gzip: 'gzip', Gunzip: 'gunzip', Unzip: 'unzip' };
  const constants = Object.freeze({ Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4,
    Z_BLOCK: 5, Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
    Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1,
    Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4,
    Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4865, DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5,
    INFLATERAW: 6, UNZIP: 7, Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
    Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9,
    Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1 });

  function run(operation, data, options = {}) {
    const bytes = typeof data === 'string' ? Buffer.from(data) : codec.toBytes(data, undefined, 'buffer');
    const level = options.level === undefined ? -1 : Number(options.level);
    const reply = JSON.parse(host.zlib(operation, codec.exactBuffer(bytes), level, Number(options.maxOutputLength) || 0));
    if (reply.error !== undefined) {
      throw Object.assign(new Error(reply.error), { code: reply.code, errno: reply.code === 'Z_DATA_ERROR' ? -3 : undefined });
    }
    return Buffer.from(reply.ok, 'base64');
  }

  const module = { constants, codes: { Z_OK: 0, Z_STREAM_END: 1, Z_DATA_ERROR: -3, Z_BUF_ERROR: -5 } };
  for (const [Name, operation] of Object.entries(OPERATIONS)) {
    const lower = operation;
    module[lower + 'Sync'] = (data, options) => run(operation, data, options);
    module[lower] = (data, options, callback) => {
      if (typeof options === 'function') { callback = options; options = {}; }
      let result;
      let failure = null;
      try { result = run(operation, data, options); } catch (error) { failure = error; }
      Promise.resolve().then(() => (failure ? callback(failure) : callback(null, result)));
    };
    module[lower][Symbol.for('nodejs.util.promisify.custom')] = (data, options) =>
      new Promise((resolve, reject) => module[lower](data, options || {}, (e, r) => (e ? reject(e) : resolve(r))));
    const create = options => {
      const { Transform } = internals.lib('stream');
      const chunks = [];
      const stream = new Transform({
        transform(chunk, encoding, callback) { chunks.push(Buffer.from(chunk)); callback(); },
        flush(callback) {
          try { callback(null, run(operation, Buffer.concat(chunks), options || {})); } catch (error) { callback(error); }
        },
      });
      stream.bytesWritten = 0;
      stream.close = callback => { stream.destroy(); if (callback) Promise.resolve().then(callback); };
      stream.flush = (kind, callback) => { if (typeof kind === 'function') kind(); else if (callback) callback(); };
      stream.params = (level, strategy, callback) => { if (callback) callback(); };
      stream.reset = () => {};
      return stream;
    };
    module['create' + Name] = create;
    module[Name] = function (options) { return create(options); };
  }
  for (const name of ['brotliCompress', 'brotliDecompress', 'brotliCompressSync', 'brotliDecompressSync',
    'createBrotliCompress', 'createBrotliDecompress']) {
    module[name] = () => {
      throw Object.assign(new Error('zlib.' + name + ': Brotli is not supported in Millrace code steps'), { code: 'ERR_NOT_SUPPORTED_IN_MILLRACE' });
    };
  }
  module.crc32 = (data, value = 0) => {
    const bytes = typeof data === 'string' ? Buffer.from(data) : codec.toBytes(data, undefined, 'data');
    let crc = ~value >>> 0;
    for (let i = 0; i < bytes.length; i++) {
      crc ^= bytes[i];
      for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
    }
    return ~crc >>> 0;
  };
  Object.assign(module, constants);
  return { module };
})
