package io.millrace.domain.workspace;

import io.millrace.shared.InvalidInputException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * A user to create ({@code {"username", "email"?, "org_id"?, "admin"?}}), checked against
 * {@link UserRules}; or, with {@link #email(JsonValue)}, a change of the caller's email.
 *
 * @param orgId the workspace to join, or null for a new workspace of the user's own
 */
public record UserRequest(String username, String email, String orgId, boolean admin) {
    private static final Set<String> CREATE_FIELDS = Set.of("username", "email", "org_id", "admin");
    /** Fields of {@code GET /v1/users/me} a client may send back unchanged with the email; they are ignored. */
    private static final Set<String> ME_FIELDS = Set.of("email", "id", "username", "orgs", "admin",
            "daily_compute_time_quota", "daily_compute_time_used", "daily_invocations_quota",
            "daily_invocations_used");

    public static UserRequest forCreate(JsonValue body) {
        JsonObject o = object(body, CREATE_FIELDS);
        String username = string(o, "username");
        UserRules.checkUsername(username);
        String email = string(o, "email");
        UserRules.checkEmail(email);
        JsonValue admin = o.get("admin");
        if (admin != null && admin != JsonValue.NULL && admin != JsonValue.TRUE && admin != JsonValue.FALSE) {
            throw new InvalidInputException("admin", "admin must be true or false");
        }
        return new UserRequest(username, email, string(o, "org_id"), admin == JsonValue.TRUE);
    }

    /**
     * The new email of {@code {"email": "…" | null}}; the field is required (null removes the address).
     * The other fields of {@code GET /v1/users/me} may come along and are ignored, except {@code admin},
     * which must then be the caller's current value (nobody changes its own role here).
     */
    public static String email(JsonValue body, boolean callerIsAdmin) {
        JsonObject o = object(body, ME_FIELDS);
        JsonValue admin = o.get("admin");
        if (admin != null && admin != (callerIsAdmin ? JsonValue.TRUE : JsonValue.FALSE)) {
            throw new InvalidInputException("admin", "admin cannot be changed here: send your current value or leave it out");
        }
        if (!o.containsKey("email")) {
            throw new InvalidInputException("email", "email is required: an address, or null to remove it");
        }
        String email = string(o, "email");
        UserRules.checkEmail(email);
        return email;
    }

    private static JsonObject object(JsonValue body, Set<String> fields) {
        if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(null, "the request body must be a JSON object");
        }
        JsonObject o = body.asJsonObject();
        for (String name : o.keySet()) {
            if (!fields.contains(name)) {
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
}
