package io.millrace.application.identity;

import io.millrace.application.audit.AuditLog;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.shared.Jsonp;
import io.millrace.domain.audit.Actor;
import io.millrace.domain.audit.ActorType;
import io.millrace.domain.auth.AccessToken;
import io.millrace.domain.auth.OAuthClient;
import io.millrace.domain.auth.OAuthException;
import io.millrace.domain.auth.OAuthRepository;
import io.millrace.domain.auth.Secrets;
import io.millrace.shared.Ids;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * The client-credentials grant: exchanging a client id and secret for a one-hour access token,
 * revoking tokens, and recognising a token on an API request. Tokens are stored as their SHA-256.
 *
 * <p>A token acts for the workspace that owns its client, as a member that is not an administrator:
 * it may use every workspace endpoint, but not the admin endpoints, the {@code /v1/users} endpoints
 * or the management of OAuth clients (those need a user API key).
 */
@ApplicationScoped
public class OAuthTokens {
    public static final long LIFETIME_SECONDS = 3600;
    static final String GRANT_TYPE = "client_credentials";

    @Inject
    OAuthRepository oauth;
    @Inject
    OAuthWriter writer;
    @Inject
    CredentialThrottle throttle;
    @Inject
    AuditLog audit;

    /**
     * @param address the client's address, for the {@link CredentialThrottle}
     */
    public IssuedToken issue(String grantType, String clientId, String clientSecret, String address) {
        if (grantType == null || grantType.isBlank()) {
            throw OAuthException.invalidRequest("grant_type is required");
        }
        if (!GRANT_TYPE.equals(grantType)) {
            throw new OAuthException(400, "unsupported_grant_type",
                    "grant_type must be client_credentials, not " + Quoted.of(grantType));
        }
        OAuthClient client = authenticateClient(clientId, clientSecret, address);
        String token = Ids.secret("mrat_");
        long now = System.currentTimeMillis();
        writer.issue(new AccessToken(Secrets.hash(token), client.id(), client.workspaceId(), now,
                now + LIFETIME_SECONDS * 1000));
        return new IssuedToken(token, LIFETIME_SECONDS, now);
    }

    /**
     * Revokes a token of the authenticated client (RFC 7009): an unknown, expired or already revoked
     * token, or one of another client, is answered the same way and left as it is.
     */
    public void revoke(String token, String clientId, String clientSecret, String address) {
        if (token == null || token.isBlank()) {
            throw OAuthException.invalidRequest("token is required");
        }
        OAuthClient client = authenticateClient(clientId, clientSecret, address);
        writer.revoke(Secrets.hash(token.trim()), client.id());
    }

    /** The caller an unexpired, unrevoked access token acts as; empty for anything else. */
    public Optional<User> caller(String bearer) {
        return oauth.token(Secrets.hash(bearer))
                .filter(t -> t.validAt(System.currentTimeMillis()))
                .map(t -> User.actingFor(t.clientId(), "oauth:" + t.clientId(), t.workspaceId(), t.createdAt()));
    }

    /**
     * The client, when its secret is right; a wrong one counts as a failure of the address, which may then
     * have to wait ({@code 429 slow_down}) before its next secret is checked.
     */
    private OAuthClient authenticateClient(String clientId, String clientSecret, String address) {
        if (clientId == null || clientId.isBlank()) {
            throw OAuthException.invalidRequest("client_id is required");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw OAuthException.invalidRequest("client_secret is required");
        }
        String credential = clientId.trim() + " " + Secrets.hash(clientSecret.trim());
        slowDown(throttle.waitBefore(address, credential));
        Optional<OAuthClient> client = oauth.client(clientId.trim());
        // Hash even for unknown clients, so both failures take about as long.
        boolean ok = Secrets.matches(clientSecret.trim(), client.map(OAuthClient::secretHash).orElse(""))
                && client.isPresent();
        if (!ok) {
            client.ifPresent(OAuthTokens.this::auditFailure);
            slowDown(throttle.failed(address));
            throw OAuthException.invalidClient();
        }
        throttle.succeeded(address, credential);
        return client.get();
    }

    /** A wrong secret of a known client: the workspace is known, so its audit log says so. */
    private void auditFailure(OAuthClient client) {
        audit.record(new Actor(ActorType.OAUTH_CLIENT, client.id(), client.name()), client.workspaceId(),
                AuditActions.AUTH_FAILED, new Target("oauth_client", client.id()),
                Jsonp.createObjectBuilder().add("reason", "wrong client secret").build());
    }

    private static void slowDown(Duration wait) {
        if (!wait.isZero()) {
            long seconds = CredentialThrottle.seconds(wait);
            throw OAuthException.slowDown(TooManyFailuresException.message(seconds), seconds);
        }
    }
}
