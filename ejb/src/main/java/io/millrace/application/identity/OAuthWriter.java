package io.millrace.application.identity;

import io.millrace.application.audit.AuditLog;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.shared.Jsonp;
import io.millrace.domain.auth.AccessToken;
import io.millrace.domain.auth.OAuthClient;
import io.millrace.domain.auth.OAuthRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The transactions that change OAuth clients and tokens; everything is checked before it gets here.
 * Creating, rotating and deleting a client are audited (its name, never its secret).
 */
@ApplicationScoped
@Transactional
public class OAuthWriter {
    @Inject
    OAuthRepository oauth;
    @Inject
    AuditLog audit;

    public OAuthClient create(OAuthClient client) {
        oauth.add(client);
        audited(AuditActions.OAUTH_CLIENT_CREATED, client);
        return client;
    }

    /** New secret; every token issued with the old one is revoked. Empty when the client is gone. */
    public Optional<OAuthClient> rotate(String clientId, String newSecretHash, long now) {
        Optional<OAuthClient> client = oauth.client(clientId);
        client.ifPresent(c -> {
            c.rotateSecret(newSecretHash, now);
            oauth.removeTokensOf(clientId);
            audited(AuditActions.OAUTH_CLIENT_SECRET_ROTATED, c);
        });
        return client;
    }

    /** Deletes the client and its tokens; false when it is already gone. */
    public boolean delete(String clientId) {
        Optional<OAuthClient> client = oauth.client(clientId);
        client.ifPresent(c -> {
            oauth.removeTokensOf(clientId);
            oauth.remove(c);
            audited(AuditActions.OAUTH_CLIENT_DELETED, c);
        });
        return client.isPresent();
    }

    private void audited(String action, OAuthClient client) {
        audit.record(client.workspaceId(), action, new Target("oauth_client", client.id()),
                Jsonp.createObjectBuilder().add("name", client.name()).build());
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
