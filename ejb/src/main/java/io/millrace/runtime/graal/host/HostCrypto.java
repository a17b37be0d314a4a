package io.millrace.runtime.graal.host;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.graalvm.polyglot.Value;

/**
 * The little cryptography JavaScript cannot do well by itself, for lib/crypto.js: digests, HMACs and
 * secure random bytes. Data comes in as JavaScript ArrayBuffers (see {@link HostBytes}); digests go
 * back as base64. Algorithms are limited to a fixed list, so guest code reaches no other JCA service.
 */
public final class HostCrypto {

    /** The largest number of random bytes one call writes. */
    public static final int MAX_RANDOM = 1 << 20;

    /** Node's algorithm names to JCA digest names. */
    private static final Map<String, String> DIGESTS = Map.of(
            "md5", "MD5", "sha1", "SHA-1", "sha224", "SHA-224", "sha256", "SHA-256", "sha384", "SHA-384",
            "sha512", "SHA-512");
    private static final Map<String, String> MACS = Map.of(
            "md5", "HmacMD5", "sha1", "HmacSHA1", "sha224", "HmacSHA224", "sha256", "HmacSHA256",
            "sha384", "HmacSHA384", "sha512", "HmacSHA512");

    private static final SecureRandom RANDOM = new SecureRandom();

    private HostCrypto() {
    }

    /** The digest of an ArrayBuffer's bytes, base64-encoded; null when the algorithm (a Node name like "sha256") is unknown. */
    public static String digest(String algorithm, Value data) {
        return digest(algorithm, HostBytes.read(data));
    }

    public static String digest(String algorithm, byte[] data) {
        String name = DIGESTS.get(normalize(algorithm));
        if (name == null) {
            return null;
        }
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance(name).digest(data));
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    /** The HMAC of an ArrayBuffer's bytes under a key (another ArrayBuffer), base64-encoded; null when the algorithm is unknown. */
    public static String hmac(String algorithm, Value key, Value data) {
        return hmac(algorithm, HostBytes.read(key), HostBytes.read(data));
    }

    public static String hmac(String algorithm, byte[] key, byte[] data) {
        String name = MACS.get(normalize(algorithm));
        if (name == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(name);
            // an empty key is legal in Node; SecretKeySpec refuses one, so use the HMAC-equivalent zero byte
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, name));
            return Base64.getEncoder().encodeToString(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    /** Fills {@code count} bytes (clamped to 0..MAX_RANDOM) of an ArrayBuffer from {@code offset} with secure random bytes. */
    public static int random(Value arrayBuffer, long offset, int count) {
        byte[] bytes = new byte[Math.max(0, Math.min(count, MAX_RANDOM))];
        RANDOM.nextBytes(bytes);
        HostBytes.write(arrayBuffer, offset, bytes);
        return bytes.length;
    }

    /** PBKDF2 with an HMAC digest; JSON {"ok": base64} or {"error", "code"}. Arguments: password, salt, iterations, keylen, digest. */
    public static String pbkdf2(Value... args) {
        byte[] password = HostBytes.read(args[0]);
        byte[] salt = HostBytes.read(args[1]);
        double iterations = args[2].asDouble();
        double length = args[3].asDouble();
        String mac = MACS.get(normalize(args[4].asString()));
        if (mac == null) {
            return "{\"error\":\"Invalid digest: " + normalize(args[4].asString()).replaceAll("[^a-z0-9]", "")
                    + "\",\"code\":\"ERR_CRYPTO_INVALID_DIGEST\"}";
        }
        if (iterations < 1 || iterations > 10_000_000 || length < 0 || length > MAX_RANDOM
                || iterations != Math.floor(iterations) || length != Math.floor(length)) {
            return "{\"error\":\"pbkdf2: iterations must be 1..10000000 and keylen 0..1048576\",\"code\":\"ERR_OUT_OF_RANGE\"}";
        }
        try {
            Mac hmac = Mac.getInstance(mac);
            hmac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, mac));
            int size = hmac.getMacLength();
            byte[] out = new byte[(int) length];
            for (int block = 1, done = 0; done < out.length; block++) {
                hmac.update(salt);
                hmac.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
                byte[] u = hmac.doFinal();
                byte[] t = u.clone();
                for (int i = 1; i < iterations; i++) {
                    u = hmac.doFinal(u);
                    for (int j = 0; j < t.length; j++) {
                        t[j] ^= u[j];
                    }
                }
                int n = Math.min(size, out.length - done);
                System.arraycopy(t, 0, out, done, n);
                done += n;
            }
            return "{\"ok\":\"" + Base64.getEncoder().encodeToString(out) + "\"}";
        } catch (GeneralSecurityException e) {
            return "{\"error\":\"pbkdf2 failed\",\"code\":\"ERR_CRYPTO_OPERATION_FAILED\"}";
        }
    }

    private static String normalize(String algorithm) {
        return algorithm == null ? "" : algorithm.toLowerCase(Locale.ROOT).replace("-", "");
    }
}
