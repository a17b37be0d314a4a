package io.millrace.application.signin;

import io.millrace.application.identity.BrowserSessions;
import io.millrace.application.identity.MembershipWriter;
import io.millrace.domain.workspace.Membership;
import io.millrace.domain.workspace.MembershipRepository;
import io.millrace.domain.workspace.Role;
import io.millrace.domain.workspace.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sign-in's memberships are the stored workspace memberships: changes go through {@link MembershipWriter}
 * (audit {@code member.added}, {@code member.role_changed}, {@code member.removed}). As when an admin does
 * it, a user that leaves a workspace or stops managing one loses its open browser sessions (the sign-in
 * that made the change opens a new one afterwards). The owner is never changed here.
 */
@ApplicationScoped
public class StoredMemberships implements WorkspaceMemberships {
    @Inject
    MembershipRepository memberships;
    @Inject
    MembershipWriter writer;
    @Inject
    BrowserSessions sessions;

    @Override
    public Map<String, Role> rolesOf(String userId) {
        Map<String, Role> roles = new LinkedHashMap<>();
        for (Membership m : memberships.ofUser(userId)) {
            roles.put(m.workspaceId(), m.role());
        }
        return roles;
    }

    @Override
    public void join(User user, String workspaceId, Role role) {
        writer.join(workspaceId, user, notOwner(role));
    }

    @Override
    public void changeRole(User user, String workspaceId, Role role) {
        Role before = memberships.membership(workspaceId, user.id()).map(Membership::role).orElse(null);
        if (before == Role.OWNER) {
            return;
        }
        writer.changeRole(workspaceId, user.id(), notOwner(role), null);
        if (before != null && before.manages() && !role.manages()) {
            sessions.revokeAll(user.id());
        }
    }

    @Override
    public void leave(User user, String workspaceId) {
        if (memberships.membership(workspaceId, user.id()).map(Membership::role).orElse(null) == Role.OWNER) {
            return;
        }
        writer.remove(workspaceId, user.id());
        sessions.revokeAll(user.id());
    }

    private static Role notOwner(Role role) {
        if (role == Role.OWNER) {
            throw new IllegalArgumentException("a group mapping never makes an owner");
        }
        return role;
    }
}
