package io.millrace.domain.environment;

import io.millrace.shared.BodyFields;
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
        JsonObject o = BodyFields.body(body, FIELDS, READ_ONLY);
        String key = BodyFields.text(o, "key");
        EnvVarRules.checkKey(key);
        String value = BodyFields.text(o, "value");
        EnvVarRules.checkValue(value);
        String description = BodyFields.text(o, "description");
        EnvVarRules.checkDescription(description);
        Boolean secret = BodyFields.trueOrFalse(o, "secret");
        return new EnvVarRequest(key, value, description != null, description, secret == null || secret);
    }

    public static EnvVarRequest forUpdate(JsonValue body) {
        JsonObject o = BodyFields.body(body, FIELDS, READ_ONLY);
        String key = BodyFields.text(o, "key");
        if (key != null) {
            EnvVarRules.checkKey(key);
        }
        String value = BodyFields.text(o, "value");
        if (value != null) {
            EnvVarRules.checkValue(value);
        }
        String description = BodyFields.text(o, "description");
        EnvVarRules.checkDescription(description);
        Boolean secret = BodyFields.trueOrFalse(o, "secret");
        return new EnvVarRequest(key, value, o.containsKey("description"), description, secret);
    }
}
