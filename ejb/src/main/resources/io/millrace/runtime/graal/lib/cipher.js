// crypto's ciphers and keys: createCipheriv/createDecipheriv for AES (CBC, ECB, CTR, GCM with AAD and auth
// tags; the message is processed by Java in final(), update() returns no bytes yet), secret KeyObjects
// (createSecretKey; createHmac accepts them), RSA and EC signatures from PEM keys (createSign, createVerify,
// sign, verify, createPrivateKey, createPublicKey; HostSign.java), pbkdf2 and getCiphers.
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
    constructor(type, key, info) {
      this.type = type;
      Object.defineProperty(this, '_key', { value: key });
      if (info) {
        Object.defineProperty(this, 'asymmetricKeyType', { value: info.asymmetricKeyType, enumerable: true });
        const details = info.modulusLength !== undefined ? { modulusLength: info.modulusLength, publicExponent: 65537n }
          : { namedCurve: info.namedCurve };
        Object.defineProperty(this, 'asymmetricKeyDetails', { value: details, enumerable: true });
      }
    }
    get symmetricKeySize() { return this.type === 'secret' ? this._key.length : undefined; }
    export(options) {
      if (this.type !== 'secret') return options && options.format === 'der' ? undefined : this._key;
      const bytes = Buffer.from(this._key);
      if (options && options.format === 'jwk') return { kty: 'oct', k: bytes.toString('base64url') };
      return bytes;
    }
    equals(other) { return other instanceof KeyObject && this.type === other.type && String(this._key) === String(other._key); }
  }
  function createSecretKey(key, encoding) {
    if (typeof key !== 'string' && !ArrayBuffer.isView(key) && !(key instanceof ArrayBuffer)) {
      throw Object.assign(new TypeError('The "key" argument must be of type string or an instance of Buffer, TypedArray or DataView'),
        { code: 'ERR_INVALID_ARG_TYPE' });
    }
    return new KeyObject('secret', bytesOf(key, encoding, 'key'));
  }
  function unsupported(what) {
    return function () {
      throw Object.assign(new Error('crypto.' + what + ' is not supported in Millrace code steps'), { code: 'ERR_NOT_SUPPORTED_IN_MILLRACE' });
    };
  }

  // The PEM text of a key argument: a PEM string or Buffer, { key, passphrase }, or an asymmetric KeyObject.
  function pemOf(key) {
    if (key instanceof KeyObject && key.type !== 'secret') return key._key;
    if (key !== null && typeof key === 'object' && !ArrayBuffer.isView(key) && key.key !== undefined) {
      if (key.passphrase !== undefined) throw Object.assign(new Error('encrypted PEM keys are not supported'), { code: 'ERR_NOT_SUPPORTED_IN_MILLRACE' });
      return pemOf(key.key);
    }
    if (typeof key === 'string') return key;
    if (ArrayBuffer.isView(key)) return Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('utf8');
    throw Object.assign(new TypeError('The "key" argument must be a PEM string, a Buffer or a KeyObject'), { code: 'ERR_INVALID_ARG_TYPE' });
  }
  function reply(text) {
    const answer = JSON.parse(text);
    if (answer.error !== undefined) throw Object.assign(new Error(answer.error), { code: answer.code });
    return answer.ok;
  }
  function asymmetricKey(key, wantPublic) {
    if (key instanceof KeyObject) {
      if (key.type === 'secret') throw Object.assign(new TypeError('Invalid key object type secret, expected ' + (wantPublic ? 'public' : 'private')), { code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE' });
      if (!wantPublic || key.type === 'public') return key;
    }
    const pem = pemOf(key);
    const info = reply(host.keyInfo(pem, wantPublic));
    return new KeyObject(info.type, pem, info);
  }
  const createPrivateKey = key => {
    const k = asymmetricKey(key, false);
    if (k.type !== 'private') throw Object.assign(new TypeError('a private key is required'), { code: 'ERR_INVALID_ARG_VALUE' });
    return k;
  };
  const createPublicKey = key => asymmetricKey(key, true);

  class Sign {
    constructor(algorithm, verify) { this._algorithm = String(algorithm); this._chunks = []; this._verify = verify; }
    update(data, encoding) { this._chunks.push(bytesOf(data, encoding, 'data')); return this; }
    _data() { return codec.exactBuffer(Buffer.concat(this._chunks)); }
    sign(key, outputEncoding) {
      const signature = Buffer.from(reply(host.sign(this._algorithm, pemOf(key), this._data())), 'base64');
      return output(signature, outputEncoding);
    }
    verify(key, signature, signatureEncoding) {
      return reply(host.verify(this._algorithm, pemOf(key), this._data(),
        codec.exactBuffer(bytesOf(signature, signatureEncoding, 'signature'))));
    }
  }
  const createSign = algorithm => new Sign(algorithm, false);
  const createVerify = algorithm => new Sign(algorithm, true);
  const sign = (algorithm, data, key) => new Sign(algorithm || 'sha256').update(data).sign(key);
  const verify = (algorithm, data, key, signature) => new Sign(algorithm || 'sha256').update(data).verify(key, signature);

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
    createPrivateKey, createPublicKey, createSign, createVerify, sign, verify, Sign, Verify: Sign,
    generateKeyPair: unsupported('generateKeyPair'), generateKeyPairSync: unsupported('generateKeyPairSync'),
    publicEncrypt: unsupported('publicEncrypt'), privateDecrypt: unsupported('privateDecrypt'), getCiphers: () => CIPHERS.slice() };
})
