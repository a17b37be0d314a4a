package io.millrace.application.signin;

import io.millrace.domain.signin.ExternalIdentity;
import java.util.Optional;

/** An LDAP directory that checks a person's password and says who they are and which groups they are in. */
public interface Directory {
    /** Whether the directory is configured ({@code MILLRACE_LDAP_URL}). */
    boolean enabled();

    /**
     * @return the person when exactly one entry matches the username and the password binds as it; empty
     *         for an unknown user and a wrong password alike
     * @throws IllegalStateException when the directory cannot be reached or answers with an error
     */
    Optional<ExternalIdentity> verify(String username, String password);
}
