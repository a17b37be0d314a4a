package io.millrace.domain.errors;

import io.millrace.shared.BodyFields;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;

/**
 * The stored form of an error event's error: {@code {"name","message","code","step","ts","stack"}},
 * every field present (null when unknown). Made from an execution's error
 * ({@code {"name","message","step","stack"}}) or anything else a caller has.
 */
public final class ErrorDetails {
    /** The name used when the error has none. */
    public static final String DEFAULT_NAME = "Error";

    private ErrorDetails() {
    }

    /**
     * Normalizes an error: {@code name} defaults to "Error", {@code message} to "", {@code code} to
     * the name, {@code step} to {@code cellId} or null, {@code ts} to {@code nowMs}, {@code stack} to
     * null. Text that is not a JSON object becomes the message.
     */
    public static JsonObject normalize(String errorJson, long nowMs) {
        JsonObject in = JsonValue.EMPTY_JSON_OBJECT;
        String fallbackMessage = "";
        if (errorJson != null && !errorJson.isBlank()) {
            try {
                JsonValue parsed = JsonText.parse(errorJson);
                if (parsed.getValueType() == JsonValue.ValueType.OBJECT) {
                    in = parsed.asJsonObject();
                } else {
                    fallbackMessage = parsed instanceof JsonString str ? str.getString() : errorJson;
                }
            } catch (RuntimeException notJson) {
                fallbackMessage = errorJson;
            }
        }
        String name = BodyFields.textOr(in, "name", DEFAULT_NAME);
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("name", name)
                .add("message", BodyFields.textOr(in, "message", fallbackMessage))
                .add("code", BodyFields.textOr(in, "code", name));
        add(b, "step", BodyFields.textOr(in, "step", BodyFields.textOr(in, "cellId", null)));
        b.add("ts", BodyFields.textOr(in, "ts", Instant.ofEpochMilli(nowMs).toString()));
        add(b, "stack", BodyFields.textOr(in, "stack", null));
        return b.build();
    }

    private static void add(JsonObjectBuilder b, String key, String value) {
        if (value == null) {
            b.addNull(key);
        } else {
            b.add(key, value);
        }
    }
}
