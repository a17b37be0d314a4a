package io.millrace.domain.workspace;

import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * A user to create ({@code {"username", "email"?, "org_id"?, "role"?, "admin"?}}), checked against
 * {@link UserRules}; or, with {@link #email(JsonValue)}, a change of the caller's email.
 *
 * @param orgId the workspace to join, or null for a new workspace of the user's own
 * @param role  its role there: given with {@code org_id} (admin or member, default member); the owner of
 *              a new workspace of its own
 * @param admin whether it is a server administrator
 */
public record UserRequest(String username, String email, String orgId, Role role, boolean admin) {
    private static final Set<String> CREATE_FIELDS = Set.of("username", "email", "org_id", "role", "admin");
    /** Fields of {@code GET /v1/users/me} a client may send back unchanged with the email; they are ignored. */
    private static final Set<String> ME_FIELDS = Set.of("email", "id", "username", "orgs", "admin",
            "daily_compute_time_quota", "daily_compute_time_used", "daily_invocations_quota",
            "daily_invocations_used", "two_factor_enabled");

    public static UserRequest forCreate(JsonValue body) {
        JsonObject o = BodyFields.body(body, CREATE_FIELDS);
        String username = BodyFields.text(o, "username");
        UserRules.checkUsername(username);
        String email = BodyFields.text(o, "email");
        UserRules.checkEmail(email);
        boolean admin = Boolean.TRUE.equals(BodyFields.trueOrFalse(o, "admin"));
        String orgId = BodyFields.text(o, "org_id");
        String roleText = BodyFields.text(o, "role");
        Role role = orgId == null ? Role.OWNER : Role.MEMBER;
        if (roleText != null) {
            role = Role.parse(roleText).filter(r -> r != Role.OWNER).orElseThrow(() ->
                    new InvalidInputException("role", "role must be admin or member (a workspace has one owner)"));
            if (orgId == null) {
                throw new InvalidInputException("role", "role goes with org_id: a user without org_id owns a new workspace");
            }
        }
        return new UserRequest(username, email, orgId, role, admin);
    }

    /**
     * The new email of {@code {"email": "…" | null}}; the field is required (null removes the address).
     * The other fields of {@code GET /v1/users/me} may come along and are ignored, except {@code admin},
     * which must then be the caller's current value (nobody changes its own role here).
     */
    public static String email(JsonValue body, boolean callerIsAdmin) {
        JsonObject o = BodyFields.body(body, ME_FIELDS);
        JsonValue admin = o.get("admin");
        if (admin != null && admin != (callerIsAdmin ? JsonValue.TRUE : JsonValue.FALSE)) {
            throw new InvalidInputException("admin", "admin cannot be changed here: send your current value or leave it out");
        }
        if (!o.containsKey("email")) {
            throw new InvalidInputException("email", "email is required: an address, or null to remove it");
        }
        String email = BodyFields.text(o, "email");
        UserRules.checkEmail(email);
        return email;
    }
}
