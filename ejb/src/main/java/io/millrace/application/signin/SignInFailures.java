package io.millrace.application.signin;

import io.millrace.application.audit.AuditLog;
import io.millrace.domain.audit.Actor;
import io.millrace.domain.audit.ActorType;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Records {@code user.sign_in_failed} in the workspaces of the Millrace user a failed attempt names (by
 * username for LDAP, by the linked identity for OIDC). Attempts naming nobody known are not recorded:
 * an audit log has no workspace to hold them.
 */
@ApplicationScoped
@Transactional
public class SignInFailures {
    @Inject
    WorkspaceMemberships memberships;
    @Inject
    AuditLog audit;

    public void record(User user, String method, String reason) {
        Actor actor = new Actor(ActorType.USER, user.id(), user.username());
        for (String workspaceId : memberships.rolesOf(user.id()).keySet()) {
            audit.record(actor, workspaceId, AuditActions.USER_SIGN_IN_FAILED, new Target("user", user.id()),
                    Jsonp.createObjectBuilder().add("method", method).add("reason", reason).build());
        }
    }
}
