package io.millrace.web.scim;

import io.millrace.domain.scim.ScimProblem;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/** Reading SCIM request bodies and paging parameters; what is malformed is a 400 SCIM error. */
final class ScimRequests {
    private ScimRequests() {
    }

    static JsonObject body(String text) {
        if (text == null || text.isBlank()) {
            throw ScimProblem.invalidSyntax("the request needs a JSON object body");
        }
        try (JsonReader r = Jsonp.provider().createReader(new StringReader(text))) {
            JsonValue v = r.readValue();
            if (!(v instanceof JsonObject o)) {
                throw ScimProblem.invalidSyntax("the body must be a JSON object");
            }
            return o;
        } catch (JsonParsingException e) {
            throw ScimProblem.invalidSyntax("the body is not valid JSON");
        } catch (JsonException e) {
            throw ScimProblem.invalidSyntax("the body is not valid JSON");
        }
    }

    /** A 1-based index or a count: absent is {@code absent}; not an integer is 400. */
    static int integer(String text, String name, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            long v = Long.parseLong(text.trim());
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
        } catch (NumberFormatException e) {
            throw ScimProblem.invalidValue(name + " must be an integer");
        }
    }

    static Response ok(JsonObject body) {
        return Response.ok(body.toString(), ScimMediaType.SCIM_JSON_TYPE).build();
    }
}
