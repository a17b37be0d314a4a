package io.millrace.application.signin;

import io.millrace.domain.workspace.Role;
import io.millrace.domain.workspace.User;
import java.util.Map;

/**
 * A user's memberships in workspaces, as far as sign-in changes them ({@link StoredMemberships}: the
 * workspace memberships of {@code application.identity}). Each change is in the workspace's audit log.
 */
public interface WorkspaceMemberships {
    /** The user's roles by workspace id, oldest membership first. */
    Map<String, Role> rolesOf(String userId);

    void join(User user, String workspaceId, Role role);

    void changeRole(User user, String workspaceId, Role role);

    void leave(User user, String workspaceId);
}
