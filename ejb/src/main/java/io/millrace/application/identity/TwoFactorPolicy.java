package io.millrace.application.identity;

import io.millrace.domain.signin.LocalAccount;
import io.millrace.domain.signin.SignInRepository;
import io.millrace.domain.workspace.Membership;
import io.millrace.domain.workspace.MembershipRepository;
import io.millrace.domain.workspace.Workspace;
import io.millrace.domain.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Workspaces that require two-factor authentication: a user with a local password and without 2FA that
 * belongs to one of them must enrol before its browser sessions may do anything else. Read on each
 * request of a session, so that the session is full as soon as enrolment is confirmed. API keys are not
 * affected.
 */
@ApplicationScoped
public class TwoFactorPolicy {
    /** The message of every refused request. */
    public static final String ENROL = "this workspace requires two-factor authentication: enrol at POST /v1/users/me/2fa";

    @Inject
    MembershipRepository memberships;
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    SignInRepository accounts;

    /** Whether the user must enrol in 2FA before its sessions are full. */
    public boolean enrolmentRequired(String userId) {
        Optional<LocalAccount> account = accounts.account(userId);
        if (account.isEmpty() || !account.get().hasPassword() || account.get().twoFactorEnabled()) {
            return false;
        }
        for (Membership m : memberships.ofUser(userId)) {
            if (workspaces.workspace(m.workspaceId()).map(Workspace::requireTwoFactor).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
