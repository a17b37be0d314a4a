package io.millrace.domain.signin;

import java.util.Optional;

/** The links from external identities to users. */
public interface IdentityLinkRepository {
    Optional<IdentityLink> find(String provider, String subject);

    void add(IdentityLink link);
}
