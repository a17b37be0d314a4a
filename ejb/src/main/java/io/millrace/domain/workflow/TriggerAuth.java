package io.millrace.domain.workflow;

import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Jsonp;
import io.millrace.shared.Quoted;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The authorization of an HTTP trigger (seed: "Authorizing HTTP requests"): {@code none} (public),
 * {@code custom_token} (a static token sent as {@code Authorization: Bearer <token>}; only its SHA-256 is kept)
 * or {@code oauth} (an access token of one of the workspace's OAuth clients, as a Bearer token).
 *
 * @param type        {@link #NONE}, {@link #CUSTOM_TOKEN} or {@link #OAUTH}
 * @param tokenSha256 the hex SHA-256 of the custom token; null for the other types
 */
public record TriggerAuth(String type, String tokenSha256) {
    public static final String NONE = "none";
    public static final String CUSTOM_TOKEN = "custom_token";
    public static final String OAUTH = "oauth";
    public static final TriggerAuth PUBLIC = new TriggerAuth(NONE, null);
    /** The shortest custom token accepted. */
    public static final int MIN_TOKEN_LENGTH = 8;
    private static final int MAX_TOKEN_LENGTH = 512;
    private static final Set<String> FIELDS = Set.of("type", "token", "token_sha256");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public boolean isPublic() {
        return NONE.equals(type);
    }

    /** The stored form: the type, and for a custom token its hash (never the token). */
    public JsonObject toJson() {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("type", type);
        if (tokenSha256 != null) {
            b.add("token_sha256", tokenSha256);
        }
        return b.build();
    }

    /** Whether {@code token} is this trigger's custom token (compared in constant time). */
    public boolean matchesToken(String token) {
        if (tokenSha256 == null || token == null) {
            return false;
        }
        return MessageDigest.isEqual(sha256(token).getBytes(StandardCharsets.US_ASCII),
                tokenSha256.getBytes(StandardCharsets.US_ASCII));
    }

    static TriggerAuth fromStored(JsonObject o) {
        return o == null ? PUBLIC : new TriggerAuth(o.getString("type", NONE), o.getString("token_sha256", null));
    }

    /**
     * Client input: {@code {"type": "custom_token", "token": "…"}} (or {@code token_sha256}, as an export
     * carries it), {@code {"type": "oauth"}} or {@code {"type": "none"}}. A custom token without either keeps
     * {@code kept}'s hash when that is a custom token too (a body read back from {@code GET} shows no token).
     */
    static TriggerAuth parse(JsonObject o, String field, TriggerAuth kept) {
        BodyFields.rejectUnknown(o, FIELDS, field);
        String type = BodyFields.requiredText(o, "type", field + ".type");
        String token = BodyFields.text(o, "token");
        String hash = BodyFields.text(o, "token_sha256");
        if (!CUSTOM_TOKEN.equals(type)) {
            if (!NONE.equals(type) && !OAUTH.equals(type)) {
                throw new InvalidInputException(field + ".type", "unsupported auth type " + Quoted.of(type)
                        + " (supported: none, custom_token, oauth)");
            }
            if (token != null || hash != null) {
                throw new InvalidInputException(field + ".token", "only custom_token auth takes a token");
            }
            return NONE.equals(type) ? PUBLIC : new TriggerAuth(OAUTH, null);
        }
        if (token != null) {
            if (token.length() < MIN_TOKEN_LENGTH || token.length() > MAX_TOKEN_LENGTH || !token.strip().equals(token)
                    || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                throw new InvalidInputException(field + ".token", field + ".token must be " + MIN_TOKEN_LENGTH + " to "
                        + MAX_TOKEN_LENGTH + " printable ASCII characters without spaces");
            }
            return new TriggerAuth(CUSTOM_TOKEN, sha256(token));
        }
        if (hash != null) {
            if (!SHA256.matcher(hash).matches()) {
                throw new InvalidInputException(field + ".token_sha256", field
                        + ".token_sha256 must be 64 lowercase hex digits");
            }
            return new TriggerAuth(CUSTOM_TOKEN, hash);
        }
        if (kept != null && CUSTOM_TOKEN.equals(kept.type())) {
            return kept;
        }
        throw new InvalidInputException(field + ".token", field + ".token is required for custom_token auth");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
