// crypto's ciphers and keys: createCipheriv/createDecipheriv for AES (CBC, ECB, CTR, GCM with AAD and auth
// tags; the message is processed by Java in final(), update() returns no bytes yet), secret KeyObjects
// (createSecretKey; createHmac accepts them), and getCiphers. Public and private keys are not supported.
// Evaluated on first use by lib/crypto.js through lib('cipher'); the value is the library's factory.
(function cipherLibrary(host, internals) {
  'use strict';
  const { Buffer, codec } = internals.lib('buffer');
  const CIPHERS = [];
  for (const size of [128, 192, 256]) for (const mode of ['cbc', 'ctr', 'ecb', 'gcm']) CIPHERS.push('aes-' + size + '-' + mode);

  function bytesOf(value, encoding, what) {
    if (value instanceof KeyObject) return value._key;
    return Uint8Array.prototype.slice.call(codec.toBytes(value, encoding, what));
  }
  function output(bytes, encoding) {
    return encoding === undefined || encoding === null || encoding === 'buffer' ? bytes : bytes.toString(encoding);
  }

  class Cipheriv {
    constructor(algorithm, key, iv, options, encrypt) {
      const name = String(algorithm).toLowerCase();
      if (!CIPHERS.includes(name)) throw Object.assign(new Error('Unknown cipher'), { code: 'ERR_CRYPTO_UNKNOWN_CIPHER' });
      this._algorithm = name;
      this._encrypt = encrypt;
      this._key = bytesOf(key, undefined, 'key');
      this._iv = iv === null || iv === undefined ? null : bytesOf(iv, undefined, 'iv');
      this._chunks = [];
      this._aad = null;
      this._tag = null;
      this._tagLength = options && options.authTagLength ? Number(options.authTagLength) : 16;
      this._padding = true;
      this._done = false;
      this._decoder = null;
    }
    update(data, inputEncoding, outputEncoding) {
      if (this._done) throw Object.assign(new Error('Unsupported state'), { code: 'ERR_CRYPTO_INVALID_STATE' });
      this._chunks.push(bytesOf(data, inputEncoding, 'data'));
      this._outputEncoding = outputEncoding;
      return output(Buffer.alloc(0), outputEncoding);
    }
    final(outputEncoding) {
      if (this._done) throw Object.assign(new Error('Unsupported state'), { code: 'ERR_CRYPTO_INVALID_STATE' });
      this._done = true;
      const data = codec.exactBuffer(Buffer.concat(this._chunks));
      const reply = JSON.parse(host.cipher(this._algorithm, this._encrypt, codec.exactBuffer(this._key),
        this._iv === null ? null : codec.exactBuffer(this._iv), data, this._aad === null ? null : codec.exactBuffer(this._aad),
        this._tag === null ? null : codec.exactBuffer(this._tag), this._tagLength, this._padding));
      if (reply.error !== undefined) throw Object.assign(new Error(reply.error), { code: reply.code });
      if (reply.tag !== undefined) this._tag = Buffer.from(reply.tag, 'base64');
      return output(Buffer.from(reply.ok, 'base64'), outputEncoding);
    }
    setAAD(buffer) { this._aad = bytesOf(buffer, undefined, 'buffer'); return this; }
    setAutoPadding(padding = true) { this._padding = !!padding; return this; }
    getAuthTag() {
      if (!this._encrypt || !this._done || this._tag === null) {
        throw Object.assign(new Error('Invalid state for operation getAuthTag'), { code: 'ERR_CRYPTO_INVALID_STATE' });
      }
      return Buffer.from(this._tag);
    }
    setAuthTag(tag) {
      if (this._encrypt) throw Object.assign(new Error('Invalid state for operation setAuthTag'), { code: 'ERR_CRYPTO_INVALID_STATE' });
      this._tag = bytesOf(tag, undefined, 'buffer');
      return this;
    }
  }

  function createCipheriv(algorithm, key, iv, options) { return new Cipheriv(algorithm, key, iv, options, true); }
  function createDecipheriv(algorithm, key, iv, options) { return new Cipheriv(algorithm, key, iv, options, false); }

  class KeyObject {
    constructor(type, key) {
      this.type = type;
      Object.defineProperty(this, '_key', { value: key });
    }
    get symmetricKeySize() { return this.type === 'secret' ? this._key.length : undefined; }
    get asymmetricKeyType() { return undefined; }
    export(options) {
      const bytes = Buffer.from(this._key);
      if (options && options.format === 'jwk') return { kty: 'oct', k: bytes.toString('base64url') };
      return bytes;
    }
    equals(other) { return other instanceof KeyObject && Buffer.from(this._key).equals(Buffer.from(other._key)); }
  }
  function createSecretKey(key, encoding) {
    if (typeof key !== 'string' && !ArrayBuffer.isView(key) && !(key instanceof ArrayBuffer)) {
      throw Object.assign(new TypeError('The "key" argument must be of type string or an instance of Buffer, TypedArray or DataView'),
        { code: 'ERR_INVALID_ARG_TYPE' });
    }
    return new KeyObject('secret', bytesOf(key, encoding, 'key'));
  }
  function asymmetric(what) {
    return function () {
      throw Object.assign(new Error('crypto.' + what + ': public and private keys (RSA, EC, Ed25519) are not supported in Millrace code steps'),
        { code: 'ERR_NOT_SUPPORTED_IN_MILLRACE' });
    };
  }

  // pbkdf2 and hkdf are derived on the host (HostCrypto) from HMACs; pbkdf2 here with the host's HMAC.
  function pbkdf2Sync(password, salt, iterations, keylen, digest) {
    const reply = JSON.parse(host.pbkdf2(codec.exactBuffer(bytesOf(password, undefined, 'password')),
      codec.exactBuffer(bytesOf(salt, undefined, 'salt')), Number(iterations), Number(keylen), String(digest || 'sha1')));
    if (reply.error !== undefined) throw Object.assign(new Error(reply.error), { code: reply.code });
    return Buffer.from(reply.ok, 'base64');
  }
  function pbkdf2(password, salt, iterations, keylen, digest, callback) {
    let result;
    try {
      result = pbkdf2Sync(password, salt, iterations, keylen, digest);
    } catch (error) {
      Promise.resolve().then(() => callback(error));
      return;
    }
    Promise.resolve().then(() => callback(null, result));
  }

  return { createCipheriv, createDecipheriv, Cipheriv, Decipheriv: Cipheriv, KeyObject, createSecretKey, pbkdf2, pbkdf2Sync,
    createPrivateKey: asymmetric('createPrivateKey'), createPublicKey: asymmetric('createPublicKey'),
    createSign: asymmetric('createSign'), createVerify: asymmetric('createVerify'), sign: asymmetric('sign'),
    verify: asymmetric('verify'), generateKeyPair: asymmetric('generateKeyPair'),
    generateKeyPairSync: asymmetric('generateKeyPairSync'), publicEncrypt: asymmetric('publicEncrypt'),
    privateDecrypt: asymmetric('privateDecrypt'), getCiphers: () => CIPHERS.slice() };
})
