package io.millrace.domain.workspace;

import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * API keys are stored as their SHA-256; keys are long random strings, so no salt or stretching is needed.
 * Also the rules of named keys: names, the number of keys per user, the non-secret hint.
 */
public final class ApiKeys {
    /** The longest key name. */
    public static final int NAME_MAX = 100;
    /** The most keys one user may have. */
    public static final int PER_USER_MAX = 50;
    /** The name a user's key from before named keys gets. */
    public static final String MIGRATED_NAME = "default";
    /** Characters of the key shown at each end of the hint (after the {@code mr_} prefix at the start). */
    static final int HINT_CHARS = 4;

    private ApiKeys() {
    }

    public static String hash(String apiKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(apiKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A hint that tells keys apart without giving them away: the prefix up to {@code _} and the first and
     * last four characters after it ({@code mr_AbCd…wXyZ}); a short key (an administrator's own, from
     * {@code MILLRACE_ADMIN_API_KEY}) shows at most a quarter of its characters.
     */
    public static String hint(String apiKey) {
        int underscore = apiKey.indexOf('_');
        String prefix = underscore >= 0 && underscore <= 8 ? apiKey.substring(0, underscore + 1) : "";
        String rest = apiKey.substring(prefix.length());
        int show = Math.min(HINT_CHARS, rest.length() / 8);
        if (show == 0) {
            return prefix + "…";
        }
        return prefix + rest.substring(0, show) + "…" + rest.substring(rest.length() - show);
    }

    /** The {@code name} of a body {@code {"name": "…"}}: required, trimmed, 1–100 characters, {@code SafeText} rules. */
    public static String name(JsonValue body) {
        JsonObject o = BodyFields.bodyOrEmpty(body, Set.of("name"));
        return BodyFields.string(o, "name", true, NAME_MAX);
    }

    /** Refuses a new key for a user that has {@code existing} keys already. */
    public static void checkRoomFor(long existing) {
        if (existing >= PER_USER_MAX) {
            throw new InvalidInputException("name", "a user may have at most " + PER_USER_MAX
                    + " API keys: revoke one before creating another");
        }
    }
}
