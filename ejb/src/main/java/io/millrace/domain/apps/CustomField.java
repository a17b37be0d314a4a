package io.millrace.domain.apps;

import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Jsonp;
import io.millrace.shared.JsonText;
import io.millrace.shared.Quoted;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A field a key-based account asks for (Pipedream's {@code custom_fields_json} entries): its name (the key under
 * {@code $auth}), label, description, default, whether it may be left out, and type ({@code string} or
 * {@code password}; a password is never shown again).
 */
public record CustomField(String name, String label, String description, String defaultValue, boolean optional,
                          String type) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final Set<String> FIELDS = Set.of("name", "label", "description", "default", "optional", "type");
    private static final int MAX_FIELDS = 32;

    /** Reads {@code value}, an array of field objects, as request field {@code field}. */
    public static List<CustomField> parse(JsonValue value, String field) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() == JsonValue.ValueType.STRING) { // custom_fields_json: the array as text
            try {
                value = JsonText.parse(((jakarta.json.JsonString) value).getString());
            } catch (RuntimeException e) {
                throw new InvalidInputException(field, field + " is not valid JSON");
            }
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException(field, field + " must be an array");
        }
        JsonArray array = value.asJsonArray();
        if (array.size() > MAX_FIELDS) {
            throw new InvalidInputException(field, field + " must have at most " + MAX_FIELDS + " fields");
        }
        List<CustomField> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = field + "[" + i + "]";
            JsonObject o = BodyFields.object(array.get(i), at);
            BodyFields.rejectUnknown(o, FIELDS, at);
            String name = text(o, "name", null, at);
            if (name == null || !NAME.matcher(name).matches()) {
                throw new InvalidInputException(at + ".name", at + ".name must be letters, digits and _, not "
                        + Quoted.of(name));
            }
            if (!names.add(name)) {
                throw new InvalidInputException(at + ".name", "two custom fields are named " + Quoted.of(name));
            }
            String type = text(o, "type", "string", at);
            if (!type.equals("string") && !type.equals("password")) {
                throw new InvalidInputException(at + ".type", at + ".type must be string or password");
            }
            JsonValue optional = o.get("optional");
            if (optional != null && optional != JsonValue.NULL && optional != JsonValue.TRUE && optional != JsonValue.FALSE) {
                throw new InvalidInputException(at + ".optional", at + ".optional must be true or false");
            }
            out.add(new CustomField(name, text(o, "label", name, at), text(o, "description", null, at),
                    text(o, "default", null, at), optional == JsonValue.TRUE, type));
        }
        return List.copyOf(out);
    }

    private static String text(JsonObject o, String key, String fallback, String at) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return fallback;
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidInputException(at + "." + key, at + "." + key + " must be a string");
        }
        String text = ((jakarta.json.JsonString) v).getString();
        if (text.length() > 1024) {
            throw new InvalidInputException(at + "." + key, at + "." + key + " must be at most 1024 characters");
        }
        return text;
    }

    public boolean secret() {
        return type.equals("password");
    }

    /** As Pipedream writes it in {@code custom_fields_json}. */
    public JsonObjectBuilder json() {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("name", name).add("label", label);
        nullable(b, "description", description);
        nullable(b, "default", defaultValue);
        return b.add("optional", optional).add("type", type);
    }

    private static void nullable(JsonObjectBuilder b, String key, String value) {
        if (value == null) {
            b.addNull(key);
        } else {
            b.add(key, value);
        }
    }

    public static String toJson(List<CustomField> fields) {
        JsonArrayBuilder a = Jsonp.createArrayBuilder();
        fields.forEach(f -> a.add(f.json()));
        return JsonText.write(a.build());
    }

    public static List<CustomField> fromJson(String json) {
        return json == null || json.isBlank() ? List.of() : parse(JsonText.parse(json), "custom_fields");
    }
}
