package io.millrace.domain.environment;

import io.millrace.shared.InvalidInputException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * A create or update body, checked against {@link EnvVarRules}. On update every field is optional and
 * a missing (or null) field stays as it is, except {@code description}, which null clears.
 *
 * @param descriptionGiven whether the body names {@code description} (so null clears it)
 * @param secret           on create, true when the body omits it: new variables default to secret
 */
public record EnvVarRequest(String key, String value, boolean descriptionGiven, String description,
                            Boolean secret) {
    private static final Set<String> FIELDS = Set.of("key", "value", "description", "secret");
    /** Fields of the rendered variable that a client may send back unchanged; they are ignored. */
    private static final Set<String> READ_ONLY = Set.of("id", "created_at", "updated_at");

    public static EnvVarRequest forCreate(JsonValue body) {
        JsonObject o = object(body);
        String key = string(o, "key");
        EnvVarRules.checkKey(key);
        String value = string(o, "value");
        EnvVarRules.checkValue(value);
        String description = string(o, "description");
        EnvVarRules.checkDescription(description);
        Boolean secret = bool(o, "secret");
        return new EnvVarRequest(key, value, description != null, description, secret == null || secret);
    }

    public static EnvVarRequest forUpdate(JsonValue body) {
        JsonObject o = object(body);
        String key = string(o, "key");
        if (key != null) {
            EnvVarRules.checkKey(key);
        }
        String value = string(o, "value");
        if (value != null) {
            EnvVarRules.checkValue(value);
        }
        String description = string(o, "description");
        EnvVarRules.checkDescription(description);
        return new EnvVarRequest(key, value, o.containsKey("description"), description, bool(o, "secret"));
    }

    private static JsonObject object(JsonValue body) {
        if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(null, "the request body must be a JSON object");
        }
        JsonObject o = body.asJsonObject();
        for (String name : o.keySet()) {
            if (!FIELDS.contains(name) && !READ_ONLY.contains(name)) {
                throw new InvalidInputException(name, "unknown field '" + name + "'");
            }
        }
        return o;
    }

    private static String string(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidInputException(name, name + " must be a string");
        }
        return o.getString(name);
    }

    private static Boolean bool(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        return switch (v.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default -> throw new InvalidInputException(name, name + " must be true or false");
        };
    }
}
