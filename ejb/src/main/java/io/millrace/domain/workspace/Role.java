package io.millrace.domain.workspace;

import java.util.Locale;
import java.util.Optional;

/**
 * A member's role in a workspace (Pipedream's permission levels). Members view, build and deploy;
 * admins also manage the workspace (members and their roles, settings, the audit log); the owner is an
 * admin that cannot be removed or demoted.
 */
public enum Role {
    OWNER, ADMIN, MEMBER;

    /** The role's name in JSON: {@code owner}, {@code admin}, {@code member}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the role manages the workspace (admins and the owner). */
    public boolean manages() {
        return this != MEMBER;
    }

    /** The role named {@code text} (as in JSON), if any. */
    public static Optional<Role> parse(String text) {
        for (Role r : values()) {
            if (r.json().equals(text)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
