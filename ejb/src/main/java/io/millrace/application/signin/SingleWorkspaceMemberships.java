package io.millrace.application.signin;

import io.millrace.domain.signin.MappedRole;
import io.millrace.domain.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Interim memberships until workspaces have members with roles (issue 11): a user belongs to the one
 * workspace it was created in, as a member; joining, role changes and leaving are not stored.
 */
@ApplicationScoped
public class SingleWorkspaceMemberships implements WorkspaceMemberships {
    private static final System.Logger LOG = System.getLogger(SingleWorkspaceMemberships.class.getName());

    @Inject
    WorkspaceRepository workspaces;

    @Override
    public Map<String, MappedRole> rolesOf(String userId) {
        return workspaces.user(userId).map(u -> Map.of(u.workspaceId(), MappedRole.MEMBER)).orElse(Map.of());
    }

    @Override
    public void join(String userId, String workspaceId, MappedRole role) {
        LOG.log(System.Logger.Level.INFO, "memberships are not stored yet: user {0} not joined to {1}", userId, workspaceId);
    }

    @Override
    public void changeRole(String userId, String workspaceId, MappedRole role) {
        LOG.log(System.Logger.Level.INFO, "memberships are not stored yet: role of user {0} in {1} unchanged", userId, workspaceId);
    }

    @Override
    public void leave(String userId, String workspaceId) {
        LOG.log(System.Logger.Level.INFO, "memberships are not stored yet: user {0} stays in {1}", userId, workspaceId);
    }
}
