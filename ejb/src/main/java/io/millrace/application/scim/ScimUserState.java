package io.millrace.application.scim;

import io.millrace.domain.scim.ScimNames;

/** What a SCIM request wants a user to be: the result of a POST or PUT body, or of PATCH operations. */
public record ScimUserState(String userName, String email, boolean active, ScimNames names) {
    public static ScimUserState of(ScimUser u) {
        return new ScimUserState(u.user().username(), u.user().email(), u.active(), u.names());
    }

    public ScimUserState withUserName(String v) { return new ScimUserState(v, email, active, names); }
    public ScimUserState withEmail(String v) { return new ScimUserState(userName, v, active, names); }
    public ScimUserState withActive(boolean v) { return new ScimUserState(userName, email, v, names); }
    public ScimUserState withNames(ScimNames v) { return new ScimUserState(userName, email, active, v); }
}
