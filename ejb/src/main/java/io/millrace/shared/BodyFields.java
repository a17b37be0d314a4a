package io.millrace.shared;

import io.millrace.shared.InvalidInputException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/** Reading the fields of small JSON request bodies; every mistake is a 400 naming the field. */
public final class BodyFields {
    private BodyFields() {
    }

    /** The body as an object whose top-level fields are all in {@code allowed}. A missing body is {}. */
    public static JsonObject object(JsonValue body, Set<String> allowed) {
        if (body == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(null, "the request body must be a JSON object");
        }
        JsonObject o = body.asJsonObject();
        for (String name : o.keySet()) {
            if (!allowed.contains(name)) {
                throw new InvalidInputException(name, "unknown field '" + name + "'");
            }
        }
        return o;
    }

    /** A string field of at most {@code max} characters, or null when absent or null and not required. */
    public static String string(JsonObject o, String field, boolean required, int max) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new InvalidInputException(field, field + " is required");
            }
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw new InvalidInputException(field, field + " must be a string");
        }
        String text = s.getString().trim();
        if (required && text.isEmpty()) {
            throw new InvalidInputException(field, field + " must not be blank");
        }
        if (text.length() > max) {
            throw new InvalidInputException(field, field + " must be at most " + max + " characters");
        }
        return text.isEmpty() ? null : text;
    }
}
