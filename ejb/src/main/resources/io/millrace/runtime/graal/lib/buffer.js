// Node's Buffer (a Uint8Array subclass), atob and btoa, and the byte codecs other libraries share.
// Evaluated on first use by bootstrap.js's lib('buffer'); the value is the library's factory.
(function bufferLibrary(host, internals) {
  'use strict';
  const utf8Encoder = new TextEncoder();
  const utf8Decoder = new TextDecoder();
  const kMaxLength = 2 ** 31 - 1;

  // An ArrayBuffer holding exactly these bytes (the view's own buffer when it is all of it).
  function exactBuffer(bytes) {
    return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
      ? bytes.buffer : Uint8Array.prototype.slice.call(bytes).buffer;
  }

  // base64, base64url, hex, latin1 and ascii are coded by Java (HostBytes.java): byte loops are slow here.
  function hostEncode(bytes, encoding) {
    return host.encode(exactBuffer(bytes), encoding);
  }

  function hostDecode(string, encoding) {
    const max = encoding === 'hex' ? string.length >> 1
      : encoding === 'base64' || encoding === 'base64url' ? Math.ceil(string.length * 3 / 4) : string.length;
    const out = new Uint8Array(max);
    const length = host.decode(string, encoding, out.buffer);
    return length === max ? out : out.subarray(0, length);
  }

  function utf16Encode(string) {
    const out = new Uint8Array(string.length * 2);
    for (let i = 0; i < string.length; i++) { const c = string.charCodeAt(i); out[2 * i] = c & 255; out[2 * i + 1] = c >> 8; }
    return out;
  }

  const ENCODINGS = { utf8: 'utf8', 'utf-8': 'utf8', hex: 'hex', base64: 'base64', base64url: 'base64url',
    latin1: 'latin1', binary: 'latin1', ascii: 'ascii', utf16le: 'utf16le', 'utf-16le': 'utf16le', ucs2: 'utf16le',
    'ucs-2': 'utf16le' };
  function encodingOf(encoding) {
    if (encoding === undefined || encoding === null) return 'utf8';
    const name = ENCODINGS[String(encoding).toLowerCase()];
    if (!name) throw Object.assign(new TypeError('Unknown encoding: ' + encoding), { code: 'ERR_UNKNOWN_ENCODING' });
    return name;
  }

  function encode(string, encoding) {
    const name = encodingOf(encoding);
    if (name === 'utf8') return utf8Encoder.encode(string);
    return name === 'utf16le' ? utf16Encode(string) : hostDecode(string, name);
  }

  function decode(bytes, encoding) {
    const name = encodingOf(encoding);
    if (name === 'utf8') return utf8Decoder.decode(bytes);
    if (name === 'utf16le') return new TextDecoder('utf-16le').decode(bytes.subarray(0, bytes.length & ~1));
    return hostEncode(bytes, name);
  }

  function describe(value) {
    if (value === null || value === undefined) return 'Received ' + value;
    if (typeof value === 'object') return 'Received an instance of ' + ((value.constructor && value.constructor.name) || 'Object');
    return 'Received type ' + typeof value + ' (' + internals.inspect(value) + ')';
  }

  // Bytes of a string (in `encoding`), an ArrayBuffer or an ArrayBuffer view, without copying views.
  function toBytes(data, encoding, what) {
    if (typeof data === 'string') return encode(data, encoding);
    if (data instanceof ArrayBuffer || data instanceof SharedArrayBuffer) return new Uint8Array(data);
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    throw Object.assign(new TypeError('The "' + (what || 'data') + '" argument must be of type string or an instance of '
      + 'Buffer, TypedArray, or DataView. ' + describe(data)), { code: 'ERR_INVALID_ARG_TYPE' });
  }

  function checkSize(size) {
    if (typeof size !== 'number' || !(size >= 0 && size <= kMaxLength)) {
      throw Object.assign(new RangeError('The argument \'size\' is invalid. Received ' + size), { code: 'ERR_OUT_OF_RANGE' });
    }
  }

  function checkOffset(buffer, offset, size) {
    if (buffer.length < size) {
      throw Object.assign(new RangeError('Attempt to access memory outside buffer bounds'), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
    }
    if (!Number.isInteger(offset) || offset < 0 || offset + size > buffer.length) {
      throw Object.assign(new RangeError('The value of "offset" is out of range. It must be >= 0 and <= '
        + (buffer.length - size) + '. Received ' + offset), { code: 'ERR_OUT_OF_RANGE' });
    }
  }

  class Buffer extends Uint8Array {
    constructor(arg, encodingOrOffset, length) {
      if (typeof arg === 'string') return Buffer.from(arg, encodingOrOffset); // the deprecated new Buffer(string)
      super(arg, encodingOrOffset, length);
    }
    static from(value, encodingOrOffset, length) {
      if (typeof value === 'string') { const b = encode(value, encodingOrOffset); return new Buffer(b.buffer, b.byteOffset, b.length); }
      if (value instanceof ArrayBuffer || value instanceof SharedArrayBuffer) {
        const offset = encodingOrOffset === undefined ? 0 : Number(encodingOrOffset);
        return new Buffer(value, offset, length === undefined ? value.byteLength - offset : Number(length));
      }
      if (value instanceof Uint8Array) { const b = new Buffer(value.length); b.set(value); return b; }
      if (value !== null && typeof value === 'object') {
        if (value.type === 'Buffer' && Array.isArray(value.data)) return Buffer.from(value.data);
        if (ArrayBuffer.isView(value) || Array.isArray(value) || typeof value.length === 'number') {
          const b = new Buffer(value.length >>> 0);
          for (let i = 0; i < b.length; i++) b[i] = Number(value[i]) & 255;
          return b;
        }
        const primitive = typeof value.valueOf === 'function' ? value.valueOf() : value;
        if (primitive !== value && primitive !== null && primitive !== undefined) return Buffer.from(primitive, encodingOrOffset, length);
      }
      throw Object.assign(new TypeError('The first argument must be of type string or an instance of Buffer, ArrayBuffer, '
        + 'or Array or an Array-like Object. ' + describe(value)), { code: 'ERR_INVALID_ARG_TYPE' });
    }
    static alloc(size, fill, encoding) {
      checkSize(size);
      const b = new Buffer(size);
      return fill === undefined || fill === 0 ? b : b.fill(fill, 0, size, encoding);
    }
    static allocUnsafe(size) { return Buffer.alloc(size); }
    static allocUnsafeSlow(size) { return Buffer.alloc(size); }
    static byteLength(value, encoding) {
      return typeof value === 'string' ? encode(value, encoding).length : toBytes(value, undefined, 'string').length;
    }
    static concat(list, totalLength) {
      if (!Array.isArray(list)) throw new TypeError('The "list" argument must be an instance of Array');
      const total = totalLength === undefined ? list.reduce((n, b) => n + b.length, 0) : totalLength;
      const out = Buffer.alloc(total);
      let offset = 0;
      for (const item of list) {
        if (!(item instanceof Uint8Array)) throw new TypeError('The "list" argument must contain only Buffer or Uint8Array instances');
        const part = item.subarray(0, Math.max(0, total - offset));
        out.set(part, offset);
        offset += part.length;
        if (offset >= total) break;
      }
      return out;
    }
    static isBuffer(value) { return value instanceof Buffer; }
    static isEncoding(encoding) { return typeof encoding === 'string' && ENCODINGS[encoding.toLowerCase()] !== undefined; }
    static compare(a, b) {
      const n = Math.min(a.length, b.length);
      for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
      return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
    }
    toString(encoding, start, end) {
      const from = Math.max(0, start | 0);
      const to = end === undefined ? this.length : Math.min(this.length, end | 0);
      return decode(from >= to ? new Uint8Array(0) : this.subarray(from, to), encoding);
    }
    toLocaleString(encoding, start, end) { return this.toString(encoding, start, end); }
    toJSON() { return { type: 'Buffer', data: Array.from(this) }; }
    equals(other) {
      if (!(other instanceof Uint8Array)) throw new TypeError('The "otherBuffer" argument must be an instance of Buffer or Uint8Array');
      return Buffer.compare(this, other) === 0;
    }
    compare(other) { return Buffer.compare(this, other); }
    slice(start, end) { return this.subarray(start, end); } // a view, as in Node
    write(string, offset, length, encoding) {
      if (typeof offset === 'string') { encoding = offset; offset = 0; length = undefined; }
      if (typeof length === 'string') { encoding = length; length = undefined; }
      const at = offset === undefined ? 0 : offset;
      const bytes = encode(String(string), encoding).subarray(0, Math.min(length === undefined ? Infinity : length, this.length - at));
      this.set(bytes, at);
      return bytes.length;
    }
    fill(value, offset, end, encoding) {
      if (typeof offset === 'string') { encoding = offset; offset = 0; end = this.length; }
      const from = offset === undefined ? 0 : offset;
      const to = end === undefined ? this.length : end;
      if (typeof value === 'string' || value instanceof Uint8Array) {
        const pattern = typeof value === 'string' ? encode(value, encoding) : value;
        if (pattern.length === 0) return super.fill(0, from, to);
        for (let i = from; i < to; i++) this[i] = pattern[(i - from) % pattern.length];
        return this;
      }
      return super.fill(Number(value) & 255, from, to);
    }
    indexOf(value, byteOffset, encoding) {
      if (typeof value === 'number') return super.indexOf(value & 255, byteOffset);
      const needle = typeof value === 'string' ? encode(value, encoding) : value;
      let from = byteOffset === undefined ? 0 : byteOffset < 0 ? Math.max(0, this.length + byteOffset) : byteOffset;
      outer: for (; from + needle.length <= this.length; from++) {
        for (let j = 0; j < needle.length; j++) if (this[from + j] !== needle[j]) continue outer;
        return from;
      }
      return -1;
    }
    includes(value, byteOffset, encoding) { return this.indexOf(value, byteOffset, encoding) !== -1; }
  }

  const NUMBERS = [['UInt8', 1, 'Uint8'], ['Int8', 1, 'Int8'], ['UInt16', 2, 'Uint16'], ['Int16', 2, 'Int16'],
    ['UInt32', 4, 'Uint32'], ['Int32', 4, 'Int32'], ['Float', 4, 'Float32'], ['Double', 8, 'Float64'],
    ['BigUInt64', 8, 'BigUint64'], ['BigInt64', 8, 'BigInt64']];
  for (const [name, size, view] of NUMBERS) {
    for (const endian of size === 1 ? [''] : ['LE', 'BE']) {
      const little = endian === 'LE';
      const read = function (offset = 0) {
        checkOffset(this, offset, size);
        return new DataView(this.buffer, this.byteOffset, this.length)['get' + view](offset, little);
      };
      const write = function (value, offset = 0) {
        checkOffset(this, offset, size);
        new DataView(this.buffer, this.byteOffset, this.length)['set' + view](offset, value, little);
        return offset + size;
      };
      for (const alias of new Set([name, name.replace('UInt', 'Uint')])) {
        Buffer.prototype['read' + alias + endian] = read;
        Buffer.prototype['write' + alias + endian] = write;
      }
    }
  }

  Object.assign(Buffer.prototype, {
    copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
      const end = Math.min(sourceEnd, this.length, sourceStart + (target.length - targetStart));
      if (end <= sourceStart) return 0;
      const part = Uint8Array.prototype.slice.call(this, sourceStart, end);
      Uint8Array.prototype.set.call(target, part, targetStart);
      return part.length;
    },
    lastIndexOf(value, byteOffset, encoding) {
      if (typeof value === 'number') return Uint8Array.prototype.lastIndexOf.call(this, value & 255, byteOffset === undefined ? this.length - 1 : byteOffset);
      const needle = typeof value === 'string' ? encode(value, encoding) : value;
      let from = byteOffset === undefined ? this.length - needle.length : Math.min(byteOffset < 0 ? this.length + byteOffset : byteOffset, this.length - needle.length);
      outer: for (; from >= 0; from--) {
        for (let j = 0; j < needle.length; j++) if (this[from + j] !== needle[j]) continue outer;
        return from;
      }
      return -1;
    },
    swap16() { for (let i = 0; i + 1 < this.length; i += 2) { const t = this[i]; this[i] = this[i + 1]; this[i + 1] = t; } return this; },
    swap32() { for (let i = 0; i + 3 < this.length; i += 4) { Uint8Array.prototype.reverse.call(this.subarray(i, i + 4)); } return this; },
    swap64() { for (let i = 0; i + 7 < this.length; i += 8) { Uint8Array.prototype.reverse.call(this.subarray(i, i + 8)); } return this; },
    readUIntBE(offset, length) { let v = 0; checkOffset(this, offset, length); for (let i = 0; i < length; i++) v = v * 256 + this[offset + i]; return v; },
    readUIntLE(offset, length) { let v = 0; checkOffset(this, offset, length); for (let i = length - 1; i >= 0; i--) v = v * 256 + this[offset + i]; return v; },
    readIntBE(offset, length) { const v = this.readUIntBE(offset, length); return v >= 2 ** (8 * length - 1) ? v - 2 ** (8 * length) : v; },
    readIntLE(offset, length) { const v = this.readUIntLE(offset, length); return v >= 2 ** (8 * length - 1) ? v - 2 ** (8 * length) : v; },
    writeUIntBE(value, offset, length) { checkOffset(this, offset, length); let v = value; for (let i = length - 1; i >= 0; i--) { this[offset + i] = v & 255; v = Math.floor(v / 256); } return offset + length; },
    writeUIntLE(value, offset, length) { checkOffset(this, offset, length); let v = value; for (let i = 0; i < length; i++) { this[offset + i] = v & 255; v = Math.floor(v / 256); } return offset + length; },
    writeIntBE(value, offset, length) { return this.writeUIntBE(value < 0 ? value + 2 ** (8 * length) : value, offset, length); },
    writeIntLE(value, offset, length) { return this.writeUIntLE(value < 0 ? value + 2 ** (8 * length) : value, offset, length); },
    toLocaleString(encoding, start, end) { return this.toString(encoding, start, end); },
  });
  // As in Node, the static functions are plain functions: `new Buffer.alloc(0)` (form-data does it) works.
  for (const name of ['from', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'byteLength', 'concat', 'isBuffer', 'isEncoding',
    'compare']) {
    const method = Buffer[name];
    Buffer[name] = { [name]: function (...args) { return method.apply(Buffer, args); } }[name];
  }
  Buffer.prototype.readUintBE = Buffer.prototype.readUIntBE;
  Buffer.prototype.readUintLE = Buffer.prototype.readUIntLE;
  Buffer.prototype.writeUintBE = Buffer.prototype.writeUIntBE;
  Buffer.prototype.writeUintLE = Buffer.prototype.writeUIntLE;
  Buffer.prototype.parent = undefined;
  Buffer.poolSize = 8192;
  Buffer.copyBytesFrom = (view, offset = 0, length) => {
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    const size = view.BYTES_PER_ELEMENT || 1;
    return Buffer.from(bytes.slice(offset * size, length === undefined ? undefined : (offset + length) * size));
  };
  Buffer.of = (...items) => Buffer.from(items);

  function isUtf8(input) {
    try { new TextDecoder('utf-8', { fatal: true }).decode(input); return true; } catch (e) { return false; }
  }
  function isAscii(input) {
    const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    return bytes.every(b => b < 128);
  }
  function transcode(source, from, to) { return Buffer.from(decode(source, from), to); }

  function invalidCharacter() {
    const error = new Error('Invalid character');
    error.name = 'InvalidCharacterError';
    return error;
  }

  function btoa(data) {
    if (arguments.length === 0) throw new TypeError('The "data" argument must be specified');
    const string = String(data);
    if (/[^\u0000-\u00ff]/.test(string)) throw invalidCharacter();
    return hostEncode(hostDecode(string, 'latin1'), 'base64');
  }

  function atob(data) {
    if (arguments.length === 0) throw new TypeError('The "data" argument must be specified');
    let string = String(data).replace(/[\t\n\f\r ]/g, '');
    if (string.length % 4 === 0) string = string.replace(/==?$/, '');
    if (string.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(string)) throw invalidCharacter();
    return hostEncode(hostDecode(string, 'base64'), 'latin1');
  }

  function inspectBuffer(buffer) {
    const shown = buffer.length === 0 ? '' : ' ' + hostEncode(buffer.subarray(0, 50), 'hex').match(/../g).join(' ');
    const more = buffer.length > 50 ? ' ... ' + (buffer.length - 50) + ' more bytes' : '';
    return '<Buffer' + shown + more + '>';
  }

  const constants = Object.freeze({ MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: 2 ** 30 - 25 });
  function SlowBuffer(size) { return Buffer.alloc(size); }
  const module = { Buffer, atob, btoa, constants, kMaxLength, kStringMaxLength: constants.MAX_STRING_LENGTH, SlowBuffer,
    isUtf8, isAscii, transcode, INSPECT_MAX_BYTES: 50,
    get Blob() { return globalThis.Blob; }, get File() { return globalThis.File; } };
  return { Buffer, atob, btoa, module, inspectBuffer, codec: { encode, decode, toBytes, exactBuffer } };
})
