package io.millrace.domain.environment;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Quoted;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What Pipedream accepts for an environment variable: a key that starts with a letter or underscore
 * followed by letters, digits and underscores, not starting with the reserved {@code PIPEDREAM_}
 * (keys are case-sensitive, so only that exact prefix is reserved); a value of at most 64 KB
 * (UTF-8); an optional description of at most 1024 characters. Each rejection names its field.
 */
public final class EnvVarRules {
    public static final int MAX_KEY_LENGTH = 255;
    public static final int MAX_VALUE_BYTES = 64 * 1024;
    public static final int MAX_DESCRIPTION_LENGTH = 1024;
    public static final String RESERVED_PREFIX = "PIPEDREAM_";
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private EnvVarRules() {
    }

    public static void checkKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new InvalidInputException("key", "key is required");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new InvalidInputException("key", "key must be at most " + MAX_KEY_LENGTH + " characters");
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException("key", "key " + Quoted.of(key) + " is invalid: it must start with a letter or"
                    + " an underscore, followed by letters, digits or underscores");
        }
        if (key.startsWith(RESERVED_PREFIX)) {
            throw new InvalidInputException("key", "keys starting with " + RESERVED_PREFIX + " are reserved");
        }
    }

    public static void checkValue(String value) {
        if (value == null) {
            throw new InvalidInputException("value", "value is required");
        }
        // a UTF-8 character is at most 4 bytes: only long strings need counting
        if (value.length() * 4L > MAX_VALUE_BYTES
                && value.getBytes(StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
            throw new InvalidInputException("value", "value must be at most 64 KB (" + MAX_VALUE_BYTES + " bytes)");
        }
    }

    /** A description may be absent (null). */
    public static void checkDescription(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidInputException("description",
                    "description must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
    }
}
