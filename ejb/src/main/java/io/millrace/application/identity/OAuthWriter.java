package io.millrace.application.identity;

import io.millrace.domain.auth.AccessToken;
import io.millrace.domain.auth.OAuthClient;
import io.millrace.domain.auth.OAuthRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The transactions that change OAuth clients and tokens; everything is checked before it gets here. */
@ApplicationScoped
@Transactional
public class OAuthWriter {
    @Inject
    OAuthRepository oauth;

    public OAuthClient create(OAuthClient client) {
        oauth.add(client);
        return client;
    }

    /** New secret; every token issued with the old one is revoked. Empty when the client is gone. */
    public Optional<OAuthClient> rotate(String clientId, String newSecretHash, long now) {
        Optional<OAuthClient> client = oauth.client(clientId);
        client.ifPresent(c -> {
            c.rotateSecret(newSecretHash, now);
            oauth.removeTokensOf(clientId);
        });
        return client;
    }

    /** Deletes the client and its tokens; false when it is already gone. */
    public boolean delete(String clientId) {
        Optional<OAuthClient> client = oauth.client(clientId);
        client.ifPresent(c -> {
            oauth.removeTokensOf(clientId);
            oauth.remove(c);
        });
        return client.isPresent();
    }

    /** Stores a new token and drops the client's expired ones. */
    public void issue(AccessToken token) {
        oauth.removeExpiredTokensOf(token.clientId(), token.createdAt());
        oauth.add(token);
    }

    /** Deletes the token if it exists and belongs to the client. */
    public void revoke(String tokenHash, String clientId) {
        oauth.token(tokenHash).filter(t -> t.clientId().equals(clientId)).ifPresent(oauth::remove);
    }
}
