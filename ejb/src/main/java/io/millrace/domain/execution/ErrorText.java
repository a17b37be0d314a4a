package io.millrace.domain.execution;

import io.millrace.shared.JsonText;
import jakarta.json.JsonObject;
import java.util.Locale;

/**
 * The searchable text of an execution's error: its name and message, lower-case, at most {@link #MAX} characters
 * (stored beside the error so that a text search reads one short column, never the JSON with its stack).
 */
public final class ErrorText {
    /** The most characters kept. */
    public static final int MAX = 1000;

    private ErrorText() {
    }

    /** The text of an error ({@code {"name", "message", …}}), or null for none. */
    public static String searchable(String errorJson) {
        if (errorJson == null || errorJson.isBlank()) {
            return null;
        }
        String name;
        String message;
        try {
            JsonObject error = JsonText.parseObject(errorJson);
            name = error.get("name") instanceof jakarta.json.JsonString s ? s.getString() : "";
            message = error.get("message") instanceof jakarta.json.JsonString s ? s.getString() : "";
        } catch (RuntimeException e) {
            name = "";
            message = errorJson;
        }
        String text = (name.isEmpty() || message.isEmpty() ? name + message : name + ": " + message)
                .toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() <= MAX) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(MAX - 1)) ? MAX - 1 : MAX);
    }

    /** What a search for {@code query} compares with: lower-case, as the stored text. */
    public static String query(String query) {
        return query.toLowerCase(Locale.ROOT);
    }
}
