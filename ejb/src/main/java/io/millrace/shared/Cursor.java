package io.millrace.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque list cursor: the creation time and id of an item, base64url-encoded. Lists are ordered
 * by (created_at, id), so a cursor names one position exactly even when times repeat.
 */
public record Cursor(long createdAt, String id) {

    public String encode() {
        String raw = createdAt + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @param field the request parameter the cursor came from, for the error message */
    public static Cursor decode(String cursor, String field) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            return new Cursor(Long.parseLong(raw.substring(0, colon)), raw.substring(colon + 1));
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, "invalid cursor in '" + field + "'");
        }
    }
}
