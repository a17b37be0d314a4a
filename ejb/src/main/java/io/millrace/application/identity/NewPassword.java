package io.millrace.application.identity;

import io.millrace.shared.BodyFields;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** The optional {@code password} of a request that creates a user, taken out before the rest is read. */
final class NewPassword {
    private NewPassword() {
    }

    /** The password given, or null; a non-string is a 400 naming {@code password}. */
    static String of(JsonValue body) {
        if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
            return null;
        }
        return BodyFields.text(body.asJsonObject(), "password");
    }

    /** The body without {@code password}. */
    static JsonValue without(JsonValue body) {
        if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT
                || !body.asJsonObject().containsKey("password")) {
            return body;
        }
        JsonObjectBuilder rest = Jsonp.createObjectBuilder();
        for (var e : body.asJsonObject().entrySet()) {
            if (!e.getKey().equals("password")) {
                rest.add(e.getKey(), e.getValue());
            }
        }
        return rest.build();
    }
}
