package io.millrace.domain.datastore;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.SafeText;
import java.nio.charset.StandardCharsets;

/**
 * What a data store accepts. Pipedream documents limits per plan on the number of stores, the number
 * of keys and the total storage, but none per record; Millrace has no limit on the number of stores or
 * keys and these per-item limits:
 * <ul>
 * <li>a store name: 1 to {@value #MAX_NAME_LENGTH} characters, not blank;</li>
 * <li>a key: 1 to {@value #MAX_KEY_LENGTH} characters (UTF-16 code units);</li>
 * <li>names and keys: any text but U+0000, unpaired surrogates (they cannot be stored in every
 *     database) and bidirectional controls ({@link SafeText#checkIdentifier});</li>
 * <li>a value: any JSON, at most {@value #MAX_VALUE_BYTES} bytes (512 KB) as UTF-8 JSON text, the
 *     size of Pipedream's HTTP payload limit, so a whole event body fits;</li>
 * <li>a TTL: a whole number of seconds from 1 to {@value #MAX_TTL_SECONDS}, or none.</li>
 * </ul>
 * Each rejection names its field.
 */
public final class StoreRules {
    public static final int MAX_NAME_LENGTH = 255;
    public static final int MAX_KEY_LENGTH = 512;
    public static final int MAX_VALUE_BYTES = 512 * 1024;
    public static final long MAX_TTL_SECONDS = Integer.MAX_VALUE;
    /** The most records one batch request may set. */
    public static final int MAX_BATCH_RECORDS = 1000;

    private StoreRules() {
    }

    public static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "name is required");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "name must be at most " + MAX_NAME_LENGTH + " characters");
        }
        SafeText.checkIdentifier(name, "name");
    }

    public static void checkKey(String key) {
        checkKey(key, "key");
    }

    /** @param field the field to name in the error, e.g. {@code records[3].key} */
    public static void checkKey(String key, String field) {
        if (key == null || key.isEmpty()) {
            throw new InvalidInputException(field, "key is required and must be a non-empty string");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new InvalidInputException(field, "key must be at most " + MAX_KEY_LENGTH + " characters");
        }
        SafeText.checkIdentifier(key, field);
    }

    /** @param valueJson the value as JSON text */
    public static void checkValueSize(String valueJson, String field) {
        // a UTF-8 character is at most 3 bytes per UTF-16 code unit: only long texts need counting
        if (valueJson.length() * 3L > MAX_VALUE_BYTES
                && valueJson.getBytes(StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
            throw new InvalidInputException(field, "value must be at most 512 KB (" + MAX_VALUE_BYTES
                    + " bytes) as JSON");
        }
    }

    /** @param ttlSeconds null for no expiry */
    public static void checkTtl(Long ttlSeconds, String field) {
        if (ttlSeconds != null && (ttlSeconds < 1 || ttlSeconds > MAX_TTL_SECONDS)) {
            throw new InvalidInputException(field, "ttl must be a whole number of seconds from 1 to "
                    + MAX_TTL_SECONDS + ", or null for no expiry");
        }
    }

    /** The expiry (epoch ms) of a record given {@code ttlSeconds} at {@code now}; null for none. */
    public static Long expiresAt(Long ttlSeconds, long now) {
        return ttlSeconds == null ? null : now + ttlSeconds * 1000;
    }
}
