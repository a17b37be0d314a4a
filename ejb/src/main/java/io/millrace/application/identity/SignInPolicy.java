package io.millrace.application.identity;

import io.millrace.domain.workspace.LoginPolicy;
import io.millrace.domain.workspace.Membership;
import io.millrace.domain.workspace.MembershipRepository;
import io.millrace.domain.workspace.SignInMethod;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.Workspace;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.shared.ForbiddenException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The login-method policies of a user's workspaces ({@link LoginPolicy}) at sign-in: a user may sign in
 * with a method only when every workspace it belongs to allows it. Each sign-in path (password now,
 * LDAP, OIDC, SAML) calls {@link #check} with its method once the credentials were found right.
 */
@ApplicationScoped
public class SignInPolicy {
    @Inject
    MembershipRepository memberships;
    @Inject
    WorkspaceRepository workspaces;

    /** The first workspace of the user that refuses the method, if any. */
    public Optional<Workspace> refusing(User user, SignInMethod method) {
        for (Membership m : memberships.ofUser(user.id())) {
            Optional<Workspace> w = workspaces.workspace(m.workspaceId());
            if (w.isPresent() && !LoginPolicy.allows(w.get(), m.role(), user.email(), method)) {
                return w;
            }
        }
        return Optional.empty();
    }

    /** Refuses (403) a method one of the user's workspaces does not allow. */
    public void check(User user, SignInMethod method) {
        refusing(user, method).ifPresent(w -> {
            throw refusal(w, method);
        });
    }

    /** The refusal for workspace {@code w}. */
    public static ForbiddenException refusal(Workspace w, SignInMethod method) {
        return new ForbiddenException("workspace " + Quoted.of(w.name()) + " does not allow sign-in with "
                + method.json() + " (its login methods: " + w.loginMethods().json()
                + "): sign in with your company's single sign-on");
    }
}
