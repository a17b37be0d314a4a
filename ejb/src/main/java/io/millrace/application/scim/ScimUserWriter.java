package io.millrace.application.scim;

import io.millrace.application.audit.AuditLog;
import io.millrace.application.identity.MembershipWriter;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.domain.scim.ScimLink;
import io.millrace.domain.scim.ScimRepository;
import io.millrace.domain.workspace.MembershipRepository;
import io.millrace.domain.workspace.Role;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.shared.Ids;
import io.millrace.shared.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The transactions of SCIM: a provisioned user, changes of a user's link, email and membership. Membership
 * changes go through {@link MembershipWriter} and are audited there (the actor is the SCIM token). Checked
 * before.
 */
@ApplicationScoped
@Transactional
public class ScimUserWriter {
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    MembershipRepository memberships;
    @Inject
    ScimRepository scim;
    @Inject
    MembershipWriter membershipWriter;
    @Inject
    AuditLog audit;

    /** A new user without password or API key, a member of the workspace when {@code state} is active. */
    public String create(String workspaceId, ScimUserState state) {
        long now = System.currentTimeMillis();
        User user = User.provisioned(Ids.random("u_"), state.userName(), state.email(), workspaceId, now);
        workspaces.add(user);
        audit.record(workspaceId, AuditActions.USER_CREATED, new Target("user", user.id()),
                Jsonp.createObjectBuilder().add("username", user.username()).add("admin", false)
                        .add("role", Role.MEMBER.json()).add("via", "scim").build());
        ScimLink link = new ScimLink(Ids.random("scl_"), workspaceId, user.id(), true, now);
        link.describe(state.names(), now);
        scim.add(link);
        if (state.active()) {
            membershipWriter.join(workspaceId, user, Role.MEMBER);
        }
        return user.id();
    }

    /** Applies {@code state} to a user the workspace's SCIM sees (its userName is unchanged, checked before). */
    public void update(String workspaceId, String userId, ScimUserState state) {
        long now = System.currentTimeMillis();
        User user = workspaces.user(userId).orElseThrow();
        ScimLink link = scim.link(workspaceId, userId).orElseGet(() -> {
            ScimLink l = new ScimLink(Ids.random("scl_"), workspaceId, userId, false, now);
            scim.add(l);
            return l;
        });
        link.describe(state.names(), now);
        if (!java.util.Objects.equals(user.email(), state.email())) {
            user.changeEmail(state.email());
            audit.record(workspaceId, AuditActions.USER_UPDATED, new Target("user", userId),
                    Jsonp.createObjectBuilder().add("username", user.username())
                            .add("changed", Jsonp.createArrayBuilder().add("email")).build());
        }
        boolean member = memberships.membership(workspaceId, userId).isPresent();
        if (state.active() && !member) {
            membershipWriter.join(workspaceId, user, Role.MEMBER);
            audit.record(workspaceId, AuditActions.USER_REACTIVATED, new Target("user", userId), scim(user));
        } else if (!state.active() && member) {
            membershipWriter.remove(workspaceId, userId);
            audit.record(workspaceId, AuditActions.USER_DEACTIVATED, new Target("user", userId), scim(user));
        }
    }

    /**
     * Removes the user from the workspace and forgets its link, recording {@code user.deleted} there; the user
     * itself stays (other workspaces).
     */
    public void delete(String workspaceId, String userId) {
        if (memberships.membership(workspaceId, userId).isPresent()) {
            membershipWriter.remove(workspaceId, userId);
        }
        scim.link(workspaceId, userId).ifPresent(scim::remove);
        workspaces.user(userId).ifPresent(u -> audit.record(workspaceId, AuditActions.USER_DELETED,
                new Target("user", userId), scim(u)));
    }

    private static jakarta.json.JsonObject scim(User user) {
        return Jsonp.createObjectBuilder().add("username", user.username()).add("via", "scim").build();
    }

    /** Gives a member another role (never the owner's, checked before). */
    public void changeRole(String workspaceId, String userId, Role role) {
        membershipWriter.changeRole(workspaceId, userId, role, null);
    }
}
