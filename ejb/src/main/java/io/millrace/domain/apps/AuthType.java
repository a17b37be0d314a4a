package io.millrace.domain.apps;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Quoted;
import java.util.Locale;

/** How an app's accounts authenticate: OAuth 2.0, keys the person types in (custom fields), or not at all. */
public enum AuthType {
    OAUTH, KEYS, NONE;

    /** The API's spelling: {@code oauth}, {@code keys}, {@code none}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AuthType parse(String text, String field) {
        for (AuthType t : values()) {
            if (t.wire().equals(text)) {
                return t;
            }
        }
        throw new InvalidInputException(field, field + " must be one of oauth, keys, none, not " + Quoted.of(text));
    }
}
