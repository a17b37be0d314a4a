package io.millrace.application.signin;

import io.millrace.domain.signin.MappedRole;
import java.util.Map;

/** A user's memberships in workspaces, as far as sign-in changes them. */
public interface WorkspaceMemberships {
    /** The user's roles by workspace id. */
    Map<String, MappedRole> rolesOf(String userId);

    void join(String userId, String workspaceId, MappedRole role);

    void changeRole(String userId, String workspaceId, MappedRole role);

    void leave(String userId, String workspaceId);
}
