package io.millrace.application.signin;

import io.millrace.domain.workspace.Role;
import io.millrace.domain.workspace.User;
import java.util.List;

/**
 * A person verified by the directory or provider and let in: the Millrace user, whether it was created at
 * this sign-in, and its memberships after they followed the groups. The browser session is opened next,
 * by {@code application.identity.BrowserSessions#open}.
 *
 * @param method {@code ldap} or {@code oidc}
 */
public record Admitted(User user, boolean provisioned, String method, List<Membership> memberships) {
    /** One workspace the user belongs to, with its role there. */
    public record Membership(String workspaceId, String orgname, Role role) {
    }
}
