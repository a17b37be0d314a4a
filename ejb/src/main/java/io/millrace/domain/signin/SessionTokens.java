package io.millrace.domain.signin;

import io.millrace.domain.workspace.ApiKeys;
import io.millrace.shared.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The secrets of a browser session. The cookie value is 40 random base62 characters (about 238 bits),
 * stored as its SHA-256. The CSRF token is derived from the cookie value (SHA-256 of a label and the
 * value): the server recomputes it from the cookie of each request and compares it in constant time, so
 * nothing more is stored, and a page of another site, which cannot read the HttpOnly cookie, cannot know it.
 */
public final class SessionTokens {
    private static final String PREFIX = "ms_";

    private SessionTokens() {
    }

    public static String newToken() {
        return Ids.secret(PREFIX);
    }

    public static String hash(String token) {
        return ApiKeys.hash(token);
    }

    /** The CSRF token of the session with this cookie value. */
    public static String csrf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("millrace csrf\0" + token).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Whether {@code given} is the CSRF token of the session with this cookie value, in constant time. */
    public static boolean csrfMatches(String token, String given) {
        if (token == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(csrf(token).getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
