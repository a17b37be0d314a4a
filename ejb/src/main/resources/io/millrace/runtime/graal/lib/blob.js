// The globals Blob and File (also exported by "buffer"): immutable bytes with a type, built from strings (UTF-8),
// ArrayBuffers, views and other blobs; size, slice, text, arrayBuffer, bytes and stream (a ReadableStream of
// lib/web-streams.js). Request and Response bodies (lib/http.js) accept them and give them from blob().
// Evaluated on first use by bootstrap.js's lib('blob'); the value is the library's factory.
(function blobLibrary(host, internals) {
  'use strict';
  const bytesOf = new WeakMap(); // Blob -> Uint8Array (never handed out: callers get copies)
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  function partBytes(part, endings) {
    if (part instanceof Blob) return bytesOf.get(part);
    if (part instanceof ArrayBuffer) return new Uint8Array(part.slice(0));
    if (ArrayBuffer.isView(part)) return Uint8Array.prototype.slice.call(new Uint8Array(part.buffer, part.byteOffset, part.byteLength));
    let text = String(part);
    if (endings === 'native') text = text.replace(/\r\n|\r/g, '\n');
    return encoder.encode(text);
  }
  function normalizeType(type) {
    const text = type === undefined ? '' : String(type);
    return /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase() : '';
  }

  class Blob {
    constructor(parts = [], options = {}) {
      if (parts === null || typeof parts !== 'object' || typeof parts[Symbol.iterator] !== 'function') {
        throw new TypeError("Failed to construct 'Blob': The provided value cannot be converted to a sequence.");
      }
      const endings = options && options.endings === 'native' ? 'native' : 'transparent';
      const chunks = Array.from(parts, part => partBytes(part, endings));
      const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) { all.set(c, at); at += c.length; }
      bytesOf.set(this, all);
      Object.defineProperty(this, '_type', { value: normalizeType(options && options.type) });
    }
    get size() { return bytesOf.get(this).length; }
    get type() { return this._type; }
    slice(start = 0, end = undefined, type = '') {
      const bytes = bytesOf.get(this);
      const size = bytes.length;
      const clamp = n => (n < 0 ? Math.max(size + n, 0) : Math.min(n, size));
      const from = clamp(Math.trunc(Number(start)) || 0);
      const to = end === undefined ? size : clamp(Math.trunc(Number(end)) || 0);
      const blob = new Blob([], { type });
      bytesOf.set(blob, bytes.slice(from, Math.max(from, to)));
      return blob;
    }
    text() { return Promise.resolve(decoder.decode(bytesOf.get(this))); }
    arrayBuffer() { const b = bytesOf.get(this); return Promise.resolve(b.buffer.slice(b.byteOffset, b.byteOffset + b.length)); }
    bytes() { return Promise.resolve(bytesOf.get(this).slice()); }
    stream() {
      const bytes = bytesOf.get(this);
      const { ReadableStream } = internals.lib('web-streams').module;
      let at = 0;
      return new ReadableStream({
        type: 'bytes',
        pull(controller) {
          if (at >= bytes.length) { controller.close(); return; }
          const end = Math.min(at + 65536, bytes.length);
          controller.enqueue(bytes.slice(at, end));
          at = end;
        },
      });
    }
    get [Symbol.toStringTag]() { return 'Blob'; }
  }

  class File extends Blob {
    constructor(parts, name, options = {}) {
      if (arguments.length < 2) throw new TypeError("Failed to construct 'File': 2 arguments required, but only " + arguments.length + ' present.');
      super(parts, options);
      Object.defineProperty(this, '_name', { value: String(name) });
      Object.defineProperty(this, '_lastModified', { value: options && options.lastModified !== undefined ? Number(options.lastModified) : Date.now() });
    }
    get name() { return this._name; }
    get lastModified() { return this._lastModified; }
    get [Symbol.toStringTag]() { return 'File'; }
  }

  // The bytes of a blob, without a copy (for lib/http.js, which copies them into a request body).
  const contents = blob => bytesOf.get(blob);
  return { Blob, File, contents };
})
