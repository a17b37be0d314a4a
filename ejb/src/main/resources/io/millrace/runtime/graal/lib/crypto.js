// The parts of Node's crypto module steps use most: hashes, HMACs and secure randomness. The
// digests and random bytes come from Java (HostCrypto.java), with bytes passed as ArrayBuffers.
// Evaluated on first use by bootstrap.js's lib('crypto'); the value is the library's factory.
(function cryptoLibrary(host, internals) {
  'use strict';
  const { Buffer, codec } = internals.lib('buffer');
  const HASHES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
  const MAX_ENTROPY = 65536;

  function algorithmOf(algorithm) {
    const name = String(algorithm).toLowerCase().replace(/-/g, '');
    return HASHES.includes(name) ? name : null;
  }

  function withCode(error, code) {
    error.code = code;
    return error;
  }

  function randomBytesOf(count) {
    const out = new Uint8Array(count);
    for (let offset = 0; offset < count;) offset += host.random(out.buffer, offset, count - offset);
    return out;
  }

  function copyOf(bytes) {
    return Uint8Array.prototype.slice.call(bytes);
  }

  // A Hash or, with a key, an Hmac: collects the data and has Java digest it when digest() is called.
  class Hash {
    constructor(algorithm, key) {
      this._algorithm = algorithm;
      this._key = key;
      this._chunks = [];
      this._finalized = false;
    }
    update(data, inputEncoding) {
      if (this._finalized) throw withCode(new Error('Digest already called'), 'ERR_CRYPTO_HASH_FINALIZED');
      this._chunks.push(copyOf(codec.toBytes(data, inputEncoding)));
      return this;
    }
    digest(encoding) {
      if (this._finalized) throw withCode(new Error('Digest already called'), 'ERR_CRYPTO_HASH_FINALIZED');
      this._finalized = true;
      const data = codec.exactBuffer(Buffer.concat(this._chunks));
      const digest = this._key ? host.hmac(this._algorithm, codec.exactBuffer(this._key), data)
                               : host.digest(this._algorithm, data);
      const bytes = Buffer.from(digest, 'base64');
      return encoding === undefined || encoding === 'buffer' ? bytes : bytes.toString(encoding);
    }
    copy() {
      if (this._finalized) throw withCode(new Error('Digest already called'), 'ERR_CRYPTO_HASH_FINALIZED');
      const copy = new this.constructor(this._algorithm, this._key);
      copy._chunks = this._chunks.slice();
      return copy;
    }
  }
  class Hmac extends Hash {
  }

  function createHash(algorithm) {
    const name = algorithmOf(algorithm);
    if (!name) throw new Error('Digest method not supported');
    return new Hash(name);
  }

  function createHmac(algorithm, key) {
    const name = algorithmOf(algorithm);
    if (!name) throw withCode(new TypeError('Invalid digest: ' + algorithm), 'ERR_CRYPTO_INVALID_DIGEST');
    const secret = key !== null && typeof key === 'object' && key.type === 'secret' && key._key instanceof Uint8Array
      ? key._key : codec.toBytes(key, 'utf8', 'key');
    return new Hmac(name, copyOf(secret));
  }

  function randomBytes(size, callback) {
    if (!Number.isInteger(size) || size < 0 || size > 2 ** 31 - 1) {
      throw withCode(new RangeError('The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received '
        + size), 'ERR_OUT_OF_RANGE');
    }
    const bytes = Buffer.from(randomBytesOf(size).buffer);
    if (typeof callback === 'function') {
      Promise.resolve().then(() => callback(null, bytes));
      return undefined;
    }
    return bytes;
  }

  function randomUUID() {
    const b = randomBytesOf(16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hex = codec.decode(b, 'hex');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  function randomInt(min, max, callback) {
    if (typeof max !== 'number') { callback = max; max = min; min = 0; }
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max <= min || max - min > 2 ** 48) {
      throw withCode(new RangeError('randomInt: min and max must be safe integers with min < max and max - min <= 2^48'),
        'ERR_OUT_OF_RANGE');
    }
    const range = max - min;
    const limit = 2 ** 48 - (2 ** 48 % range);
    let value;
    do {
      const b = randomBytesOf(6);
      value = b.reduce((n, byte) => n * 256 + byte, 0);
    } while (value >= limit);
    const result = min + (value % range);
    if (typeof callback === 'function') {
      Promise.resolve().then(() => callback(null, result));
      return undefined;
    }
    return result;
  }

  function getRandomValues(array) {
    if (!ArrayBuffer.isView(array) || array instanceof DataView || array instanceof Float32Array
        || array instanceof Float64Array || (typeof Float16Array === 'function' && array instanceof Float16Array)) {
      const error = new TypeError('The data argument must be an integer-type TypedArray');
      error.name = 'TypeMismatchError';
      throw error;
    }
    if (array.byteLength > MAX_ENTROPY) {
      const error = new Error('The ArrayBufferView\'s byte length (' + array.byteLength
        + ') exceeds the number of bytes of entropy available via this API (' + MAX_ENTROPY + ')');
      error.name = 'QuotaExceededError';
      throw error;
    }
    new Uint8Array(array.buffer, array.byteOffset, array.byteLength).set(randomBytesOf(array.byteLength));
    return array;
  }

  function timingSafeEqual(a, b) {
    const x = codec.toBytes(a, undefined, 'buf1');
    const y = codec.toBytes(b, undefined, 'buf2');
    if (x.length !== y.length) {
      throw withCode(new RangeError('Input buffers must have the same byte length'), 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH');
    }
    let difference = 0;
    for (let i = 0; i < x.length; i++) difference |= x[i] ^ y[i];
    return difference === 0;
  }

  const webcrypto = { getRandomValues, randomUUID };
  const module = { createHash, createHmac, randomBytes, randomUUID, randomInt, getRandomValues, timingSafeEqual,
    getHashes: () => HASHES.slice(), webcrypto, Hash, Hmac, constants: {} };
  // ciphers, secret keys and pbkdf2 (lib/cipher.js), loaded on first use
  for (const name of ['createCipheriv', 'createDecipheriv', 'Cipheriv', 'Decipheriv', 'KeyObject', 'createSecretKey',
    'createPrivateKey', 'createPublicKey', 'createSign', 'createVerify', 'sign', 'verify', 'generateKeyPair',
    'generateKeyPairSync', 'publicEncrypt', 'privateDecrypt', 'getCiphers', 'pbkdf2', 'pbkdf2Sync', 'Sign', 'Verify']) {
    Object.defineProperty(module, name, { enumerable: true, configurable: true, get: () => internals.lib('cipher')[name] });
  }
  module.createCipher = module.createDecipher = () => {
    throw Object.assign(new Error('crypto.createCipher was removed from Node.js: use createCipheriv'), { code: 'ERR_NOT_SUPPORTED_IN_MILLRACE' });
  };
  module.getCurves = () => [];
  module.hash = (algorithm, data, encoding = 'hex') => createHash(algorithm).update(data).digest(encoding);
  return { module };
})
