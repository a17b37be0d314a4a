package io.millrace.domain.auth;

import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import java.util.Optional;

/** OAuth clients and their access tokens. */
public interface OAuthRepository {
    Optional<OAuthClient> client(String clientId);

    /** The workspace's clients, newest first. */
    Page<OAuthClient> clients(String workspaceId, PageRequest page);

    void add(OAuthClient client);

    void remove(OAuthClient client);

    Optional<AccessToken> token(String tokenHash);

    void add(AccessToken token);

    void remove(AccessToken token);

    /** Deletes every token of the client; returns how many. */
    int removeTokensOf(String clientId);

    /** Deletes the client's tokens that expired before {@code now}. */
    int removeExpiredTokensOf(String clientId, long now);
}
