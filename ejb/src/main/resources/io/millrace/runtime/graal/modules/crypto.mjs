// The built-in module "crypto"; served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("crypto");
export default m;
export const { createHash, createHmac, randomBytes, randomUUID, randomInt, getRandomValues, timingSafeEqual, getHashes, webcrypto, Hash, Hmac,
  createCipheriv, createDecipheriv, KeyObject, createSecretKey, createPrivateKey, createPublicKey, createSign, createVerify, sign, verify,
  generateKeyPair, generateKeyPairSync, publicEncrypt, privateDecrypt, getCiphers, pbkdf2, pbkdf2Sync, constants, hash } = m;
