package io.millrace.domain.signin;

import java.util.List;
import java.util.Objects;

/**
 * A person a directory (LDAP) or an identity provider (OIDC) has vouched for.
 *
 * @param provider which directory or provider ({@code ldap}, {@code oidc:<issuer>}); with the subject the
 *                 stable key of the person
 * @param subject  the provider's stable id of the person (LDAP entryUUID/objectGUID or DN, OIDC {@code sub})
 * @param username the name the person signs in with (may change over time)
 * @param email    may be null
 * @param groups   the names of the person's groups
 */
public record ExternalIdentity(String provider, String subject, String username, String email, List<String> groups) {
    public ExternalIdentity {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(username, "username");
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** {@code ldap} or {@code oidc}, as audit events name the method. */
    public String method() {
        int colon = provider.indexOf(':');
        return colon < 0 ? provider : provider.substring(0, colon);
    }
}
