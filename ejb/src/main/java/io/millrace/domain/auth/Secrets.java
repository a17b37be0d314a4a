package io.millrace.domain.auth;

import io.millrace.domain.workspace.ApiKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Hashing and checking client secrets and access tokens. Both are 40 random base62 characters
 * (about 238 bits), so a plain SHA-256 is enough (no salt or stretching), as for API keys.
 */
public final class Secrets {
    private Secrets() {
    }

    public static String hash(String secret) {
        return ApiKeys.hash(secret);
    }

    /** Whether {@code secret} hashes to {@code expectedHash}, compared in constant time. */
    public static boolean matches(String secret, String expectedHash) {
        if (secret == null || expectedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                expectedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
