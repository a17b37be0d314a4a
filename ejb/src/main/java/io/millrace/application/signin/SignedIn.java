package io.millrace.application.signin;

import io.millrace.domain.workspace.User;
import java.util.List;

/**
 * A person let in: the Millrace user, whether it was created at this sign-in, and its memberships.
 *
 * @param method {@code ldap} or {@code oidc}
 */
public record SignedIn(User user, boolean provisioned, String method, List<Membership> memberships) {
    /** One workspace the user belongs to, with its role there. */
    public record Membership(String workspaceId, String orgname, String role) {
    }
}
