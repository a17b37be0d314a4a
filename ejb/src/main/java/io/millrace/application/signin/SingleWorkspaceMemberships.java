package io.millrace.application.signin;

import io.millrace.domain.signin.MappedRole;
import io.millrace.domain.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * INTERIM, until workspaces have stored members with roles ({@code application.identity.Memberships}, issue
 * 11, being added on main): the memberships sign-in gives are kept in this server's memory only, starting
 * from the workspace a user was created in, as member. They are lost at restart and not seen by the rest
 * of the API; the adapter to the stored memberships replaces this class when they land.
 */
@ApplicationScoped
public class SingleWorkspaceMemberships implements WorkspaceMemberships {
    @Inject
    WorkspaceRepository workspaces;

    private final Map<String, Map<String, MappedRole>> roles = new ConcurrentHashMap<>();

    @Override
    public Map<String, MappedRole> rolesOf(String userId) {
        return Map.copyOf(of(userId));
    }

    @Override
    public void join(String userId, String workspaceId, MappedRole role) {
        of(userId).put(workspaceId, role);
    }

    @Override
    public void changeRole(String userId, String workspaceId, MappedRole role) {
        of(userId).put(workspaceId, role);
    }

    @Override
    public void leave(String userId, String workspaceId) {
        of(userId).remove(workspaceId);
    }

    private Map<String, MappedRole> of(String userId) {
        return roles.computeIfAbsent(userId, id -> {
            Map<String, MappedRole> start = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
            workspaces.user(id).ifPresent(u -> start.put(u.workspaceId(), MappedRole.MEMBER));
            return start;
        });
    }
}
