package io.millrace.application.scim;

import io.millrace.domain.scim.ScimNames;
import io.millrace.domain.scim.ScimProblem;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;

/** Reading SCIM attribute values from JSON, each type error a {@link ScimProblem#invalidValue}. */
final class ScimValues {
    private static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:user:";

    private ScimValues() {
    }

    /** A string or null (JSON null or absent); too long or another type is refused. */
    static String string(JsonValue v, String name, int max) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw ScimProblem.invalidValue(name + " must be a string");
        }
        String text = s.getString();
        if (text.length() > max) {
            throw ScimProblem.invalidValue(name + " is longer than " + max + " characters");
        }
        if (text.chars().anyMatch(c -> c < 0x20)) {
            throw ScimProblem.invalidValue(name + " must not hold control characters");
        }
        return text.isEmpty() ? null : text;
    }

    /** A boolean, also as the strings "true"/"false" in any case (Entra ID sends "False"). */
    static boolean bool(JsonValue v, String name) {
        if (v == JsonValue.TRUE) {
            return true;
        }
        if (v == JsonValue.FALSE) {
            return false;
        }
        if (v instanceof JsonString s && (s.getString().equalsIgnoreCase("true") || s.getString().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s.getString().toLowerCase(Locale.ROOT));
        }
        throw ScimProblem.invalidValue(name + " must be true or false");
    }

    static JsonObject object(JsonValue v, String name) {
        if (!(v instanceof JsonObject o)) {
            throw ScimProblem.invalidValue(name + " must be an object");
        }
        return o;
    }

    /** The value of the primary email of an {@code emails} array (else the first), or null. */
    static String email(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonArray emails)) {
            throw ScimProblem.invalidValue("emails must be an array of {\"value\": \"…\"}");
        }
        JsonValue chosen = null;
        for (JsonValue e : emails) {
            JsonObject o = object(e, "each of emails");
            if (chosen == null || o.get("primary") == JsonValue.TRUE) {
                chosen = o.get("value");
                if (o.get("primary") == JsonValue.TRUE) {
                    break;
                }
            }
        }
        return string(chosen, "emails.value", 254);
    }

    /** The names of a {@code name} object: given and family name (formatted is derived from them). */
    static ScimNames names(ScimNames base, JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return base.withGivenName(null).withFamilyName(null);
        }
        JsonObject o = object(v, "name");
        return base.withGivenName(string(o.get("givenName"), "name.givenName", ScimNames.MAX))
                .withFamilyName(string(o.get("familyName"), "name.familyName", ScimNames.MAX));
    }

    /** An attribute name or path, lower-cased and without the core User schema's URN. */
    static String path(String raw) {
        String p = raw.trim().toLowerCase(Locale.ROOT);
        return p.startsWith(CORE_USER) ? p.substring(CORE_USER.length()) : p;
    }
}
