package io.millrace.web.security;

import io.millrace.workspace.User;
import java.security.Principal;

/** The authenticated API caller. */
public record CallerPrincipal(User user) implements Principal {
    @Override
    public String getName() {
        return user.id();
    }
}
