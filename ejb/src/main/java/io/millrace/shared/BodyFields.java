package io.millrace.shared;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.util.Set;

/**
 * Reading the fields of JSON request bodies. Every mistake is an {@link InvalidInputException} (a 400)
 * naming the field, with the API's wording:
 * <ul>
 *   <li>a body (or an object read like one): "the request body must be a JSON object",
 *       "{@code unknown field 'x'}";</li>
 *   <li>an object inside a body ({@link #object}, {@link #rejectUnknown}): "{@code steps[0] must be an object}",
 *       "{@code unknown field 'x' in steps[0]}" naming {@code steps[0].x};</li>
 *   <li>a field: "{@code name is required}", "{@code name must be a string}", "{@code name must not be blank}",
 *       "{@code name must be at most 255 characters}", "{@code active must be a boolean}" (or
 *       "{@code must be true or false}"), "{@code triggers must be an array}", "{@code must be an integer}".</li>
 * </ul>
 * An absent field and a JSON {@code null} read the same: as not given.
 */
public final class BodyFields {
    private static final String REQUEST_BODY = "the request body";

    private BodyFields() {
    }

    /** The body, which must be an object whose fields are all in {@code fields}. */
    public static JsonObject body(JsonValue body, Set<String> fields) {
        return body(body, null, fields, Set.of());
    }

    /**
     * The body, which must be an object whose fields are all in {@code fields} or {@code readOnly} (fields of
     * a rendered object that a client may send back unchanged; the caller ignores them).
     */
    public static JsonObject body(JsonValue body, Set<String> fields, Set<String> readOnly) {
        return body(body, null, fields, readOnly);
    }

    /**
     * An object read like a body: the request body itself when {@code field} is null, otherwise an object
     * inside it (such as each record of a batch), whose unknown fields are then named {@code field.x}.
     */
    public static JsonObject body(JsonValue value, String field, Set<String> fields, Set<String> readOnly) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(field, (field == null ? REQUEST_BODY : field) + " must be a JSON object");
        }
        JsonObject o = value.asJsonObject();
        for (String name : o.keySet()) {
            if (!fields.contains(name) && !readOnly.contains(name)) {
                throw new InvalidInputException(Quoted.member(field, name), "unknown field " + Quoted.of(name));
            }
        }
        return o;
    }

    /** Like {@link #body(JsonValue, Set)}, but a missing body reads as {@code {}}. */
    public static JsonObject bodyOrEmpty(JsonValue body, Set<String> fields) {
        return body == null ? JsonValue.EMPTY_JSON_OBJECT : body(body, fields);
    }

    /** A value inside a body that must be an object ({@code null} included: it is not one). */
    public static JsonObject object(JsonValue value, String field) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(field, field + " must be an object");
        }
        return value.asJsonObject();
    }

    /** An optional object field: null when absent or null. */
    public static JsonObject optionalObject(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return given(v) ? object(v, field) : null;
    }

    /** Rejects a field of the object {@code field} that is not in {@code allowed}, naming it {@code field.x}. */
    public static void rejectUnknown(JsonObject o, Set<String> allowed, String field) {
        for (String key : o.keySet()) {
            if (!allowed.contains(key)) {
                throw new InvalidInputException(Quoted.member(field, key), "unknown field " + Quoted.of(key) + " in " + field);
            }
        }
    }

    /** An array field; it must be given. */
    public static JsonArray array(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException(field, field + " must be an array");
        }
        return v.asJsonArray();
    }

    /**
     * A name (or another identifier) field, trimmed, of at most {@code max} characters, under
     * {@link SafeText#checkIdentifier}; a blank one is null, or an error when {@code required}.
     */
    public static String string(JsonObject o, String field, boolean required, int max) {
        String text = required ? requiredText(o, field, field) : text(o, field);
        if (text == null) {
            return null;
        }
        text = text.trim();
        if (required && text.isEmpty()) {
            throw new InvalidInputException(field, field + " must not be blank");
        }
        if (text.length() > max) {
            throw new InvalidInputException(field, field + " must be at most " + max + " characters");
        }
        SafeText.checkIdentifier(text, field);
        return text.isEmpty() ? null : text;
    }

    /** An optional string field exactly as given (not trimmed), or null. */
    public static String text(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (!given(v)) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw new InvalidInputException(field, field + " must be a string");
        }
        return s.getString();
    }

    /**
     * A required string field {@code key} exactly as given; errors name {@code field}, the key's path in the
     * body (such as {@code steps[0].name}).
     */
    public static String requiredText(JsonObject o, String key, String field) {
        JsonValue v = o.get(key);
        if (!given(v)) {
            throw new InvalidInputException(field, field + " is required");
        }
        if (!(v instanceof JsonString s)) {
            throw new InvalidInputException(field, field + " must be a string");
        }
        return s.getString();
    }

    /**
     * An optional name field exactly as given that, when given, is not blank, at most {@code max} long and
     * under {@link SafeText#checkIdentifier}.
     */
    public static String nonBlankText(JsonObject o, String field, int max) {
        String text = text(o, field);
        if (text != null && text.isBlank()) {
            throw new InvalidInputException(field, field + " must not be blank");
        }
        if (text != null && text.length() > max) {
            throw new InvalidInputException(field, field + " must be at most " + max + " characters");
        }
        SafeText.checkIdentifier(text, field);
        return text;
    }

    /**
     * A field as text, never failing (for JSON we store rather than requests): a string's value, any other
     * value's JSON, {@code fallback} when absent or null.
     */
    public static String textOr(JsonObject o, String field, String fallback) {
        JsonValue v = o.get(field);
        if (!given(v)) {
            return fallback;
        }
        return v instanceof JsonString s ? s.getString() : v.toString();
    }

    /** An optional boolean field, or null; anything else is "{@code field must be a boolean}". */
    public static Boolean bool(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return given(v) ? bool(v, field) : null;
    }

    /** A value that must be {@code true} or {@code false}: "{@code field must be a boolean}". */
    public static boolean bool(JsonValue value, String field) {
        return booleanValue(value, field, " must be a boolean");
    }

    /** An optional boolean field, or null; anything else is "{@code field must be true or false}". */
    public static Boolean trueOrFalse(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return given(v) ? booleanValue(v, field, " must be true or false") : null;
    }

    /** A value that must be an integer from {@code min} to {@code max}. */
    public static int intIn(JsonValue value, String field, int min, int max) {
        if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
            throw new InvalidInputException(field, field + " must be an integer");
        }
        BigInteger i = n.bigIntegerValue();
        if (i.compareTo(BigInteger.valueOf(min)) < 0 || i.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new InvalidInputException(field, field + " must be between " + min + " and " + max);
        }
        return i.intValueExact();
    }

    private static boolean booleanValue(JsonValue value, String field, String mustBe) {
        JsonValue.ValueType type = value == null ? null : value.getValueType();
        if (type != JsonValue.ValueType.TRUE && type != JsonValue.ValueType.FALSE) {
            throw new InvalidInputException(field, field + mustBe);
        }
        return type == JsonValue.ValueType.TRUE;
    }

    /** Whether a field is given: present and not JSON {@code null}. */
    private static boolean given(JsonValue v) {
        return v != null && v.getValueType() != JsonValue.ValueType.NULL;
    }
}
