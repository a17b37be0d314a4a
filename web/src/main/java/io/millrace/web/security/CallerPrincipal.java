package io.millrace.web.security;

import io.millrace.domain.workspace.User;
import java.security.Principal;

/**
 * The authenticated API caller.
 *
 * @param oauth whether it came with an OAuth access token ({@code user} then stands for the client)
 */
public record CallerPrincipal(User user, boolean oauth) implements Principal {
    @Override
    public String getName() {
        return user.id();
    }
}
