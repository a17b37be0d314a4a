// The built-in module "crypto"; served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("crypto");
export default m;
export const { createHash, createHmac, randomBytes, randomUUID, randomInt, getRandomValues, timingSafeEqual, getHashes, webcrypto, Hash, Hmac } = m;
