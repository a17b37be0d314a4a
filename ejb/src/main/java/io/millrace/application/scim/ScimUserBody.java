package io.millrace.application.scim;

import io.millrace.domain.scim.ScimNames;
import io.millrace.domain.scim.ScimProblem;
import io.millrace.domain.workspace.UserRules;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The User resource of a POST or PUT: {@code userName} (required), {@code emails} (the primary one, else the
 * first), {@code externalId}, {@code name.givenName}/{@code familyName}, {@code displayName}, {@code active}
 * (default true). Other attributes (a password, phone numbers, the enterprise extension) are ignored.
 */
final class ScimUserBody {
    private ScimUserBody() {
    }

    static ScimUserState read(JsonObject o) {
        String userName = ScimValues.string(o.get("userName"), "userName", 64);
        if (userName == null) {
            throw ScimProblem.invalidValue("userName is required");
        }
        ScimNames names = ScimNames.NONE
                .withExternalId(ScimValues.string(o.get("externalId"), "externalId", ScimNames.MAX))
                .withDisplayName(ScimValues.string(o.get("displayName"), "displayName", ScimNames.MAX));
        names = ScimValues.names(names, o.get("name"));
        JsonValue active = o.get("active");
        boolean isActive = active == null || active.getValueType() == JsonValue.ValueType.NULL
                || ScimValues.bool(active, "active");
        return checked(new ScimUserState(userName, ScimValues.email(o.get("emails")), isActive, names));
    }

    /** Checks the user name and email with the server's user rules. */
    static ScimUserState checked(ScimUserState s) {
        try {
            UserRules.checkProvisionedUsername(s.userName());
        } catch (RuntimeException e) {
            throw ScimProblem.invalidValue("userName must be an email address or 1 to 64 letters, digits, '_', '.' or '-'");
        }
        try {
            UserRules.checkEmail(s.email());
        } catch (RuntimeException e) {
            throw ScimProblem.invalidValue("emails.value must be an address like name@example.com");
        }
        return s;
    }
}
