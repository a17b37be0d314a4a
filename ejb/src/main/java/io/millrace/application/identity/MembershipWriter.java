package io.millrace.application.identity;

import io.millrace.application.audit.AuditLog;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.domain.workspace.Membership;
import io.millrace.domain.workspace.MembershipRepository;
import io.millrace.domain.workspace.Role;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.shared.Ids;
import io.millrace.shared.Jsonp;
import io.millrace.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The transactions that change memberships, each recorded in the workspace's audit log. Checked before. */
@ApplicationScoped
@Transactional
public class MembershipWriter {
    @Inject
    MembershipRepository memberships;
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    AuditLog audit;

    /** Adds the user to the workspace with the role. */
    public Membership join(String workspaceId, User user, Role role) {
        Membership m = new Membership(Ids.random("mem_"), workspaceId, user.id(), role, System.currentTimeMillis());
        memberships.add(m);
        audit.record(workspaceId, AuditActions.MEMBER_ADDED, new Target("user", user.id()),
                Jsonp.createObjectBuilder().add("username", user.username()).add("role", role.json()).build());
        return m;
    }

    /**
     * Gives the member the role; {@link Role#OWNER} hands ownership on, and the current owner
     * ({@code callerId}) becomes an admin.
     */
    public Membership changeRole(String workspaceId, String userId, Role role, String callerId) {
        Membership m = find(workspaceId, userId);
        Role before = m.role();
        if (before == role) {
            return m;
        }
        if (role == Role.OWNER) {
            Membership previous = find(workspaceId, callerId);
            previous.changeRole(Role.ADMIN);
            recordRole(workspaceId, previous, Role.OWNER);
        }
        m.changeRole(role);
        recordRole(workspaceId, m, before);
        return m;
    }

    /** Removes the member; a user whose default workspace it was gets its oldest other one as default. */
    public void remove(String workspaceId, String userId) {
        Membership m = find(workspaceId, userId);
        memberships.remove(m);
        User user = workspaces.user(userId).orElseThrow();
        if (user.workspaceId().equals(workspaceId)) {
            memberships.ofUser(userId).stream().filter(o -> !o.workspaceId().equals(workspaceId)).findFirst()
                    .ifPresent(o -> user.changeDefaultWorkspace(o.workspaceId()));
        }
        audit.record(workspaceId, AuditActions.MEMBER_REMOVED, new Target("user", userId),
                Jsonp.createObjectBuilder().add("username", user.username()).add("role", m.role().json()).build());
    }

    private void recordRole(String workspaceId, Membership m, Role before) {
        String username = workspaces.user(m.userId()).map(User::username).orElse("");
        audit.record(workspaceId, AuditActions.MEMBER_ROLE_CHANGED, new Target("user", m.userId()),
                Jsonp.createObjectBuilder().add("username", username).add("from", before.json())
                        .add("to", m.role().json()).build());
    }

    private Membership find(String workspaceId, String userId) {
        return memberships.membership(workspaceId, userId)
                .orElseThrow(() -> new NotFoundException("member not found in this workspace"));
    }
}
