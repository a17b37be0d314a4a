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

    private static String normalize(String algorithm) {
        return algorithm == null ? "" : algorithm.toLowerCase(Locale.ROOT).replace("-", "");
    }
}
