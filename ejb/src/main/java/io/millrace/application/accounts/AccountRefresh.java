package io.millrace.application.accounts;

import io.millrace.application.apps.AppOAuthClients;
import io.millrace.application.environment.SecretBox;
import io.millrace.domain.accounts.AccountRepository;
import io.millrace.domain.accounts.ConnectedAccount;
import io.millrace.domain.accounts.Credentials;
import io.millrace.domain.apps.App;
import io.millrace.domain.apps.AppOAuthClient;
import io.millrace.domain.apps.AppRepository;
import io.millrace.domain.apps.AuthType;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An account's credentials, refreshed first when its access token is about to expire (or was refused): one
 * transaction per account that holds the account's row lock while it asks the token endpoint, so two runs never
 * refresh the same grant at once. A failure is recorded on the account (its health) and committed before the
 * {@link AccountUnavailableException} leaves.
 */
@ApplicationScoped
public class AccountRefresh {
    private static final Logger LOG = Logger.getLogger(AccountRefresh.class.getName());
    /** At most this long before expiry an access token is refreshed (less for short-lived tokens: a quarter of their life). */
    static final long MARGIN_MILLIS = 60_000;

    @Inject
    AccountRepository accounts;
    @Inject
    AppRepository apps;
    @Inject
    AppOAuthClients clients;
    @Inject
    TokenEndpoint endpoint;
    @Inject
    SecretBox box;
    @Inject
    AccountAudit audit;

    /** Whether the account's access token should be refreshed at {@code now}. */
    static boolean due(ConnectedAccount a, long now) {
        if (a.authType() != AuthType.OAUTH || a.expiresAt() == null) {
            return false;
        }
        long life = a.lastRefreshAt() == null ? MARGIN_MILLIS * 4 : Math.max(0, a.expiresAt() - a.lastRefreshAt());
        return a.expiresWithin(now, Math.min(MARGIN_MILLIS, life / 4));
    }

    /**
     * The credentials of the account of workspace {@code workspaceId}, as JSON text, refreshed first when due (or always when {@code force}).
     *
     * @throws AccountUnavailableException when the account is gone, dead, or could not be refreshed
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = AccountUnavailableException.class)
    public String current(String workspaceId, String accountId, boolean force) {
        ConnectedAccount a = accounts.accountForUpdate(accountId).filter(x -> x.workspaceId().equals(workspaceId))
                .orElseThrow(() -> new AccountUnavailableException("connected account " + Quoted.value(accountId) + " not found"));
        String what = "connected account " + Quoted.value(a.id()) + " (" + a.appSlug() + ")";
        if (a.dead()) {
            throw new AccountUnavailableException(what + " is no longer authorized (" + a.lastError()
                    + "): connect it again");
        }
        long now = System.currentTimeMillis();
        String credentials = box.open(a.sealedCredentials(), a.id());
        if (a.authType() != AuthType.OAUTH || !(force || due(a, now))) {
            return credentials;
        }
        String refreshToken = Credentials.refreshToken(credentials);
        App app = apps.app(a.appId()).orElse(null);
        AppOAuthClient client = a.oauthClientId() == null ? null
                : clients.byId(a.workspaceId(), a.oauthClientId()).orElse(null);
        if (refreshToken == null || app == null || app.tokenUrl() == null || client == null) {
            String reason = refreshToken == null ? "the provider gave no refresh token"
                    : app == null ? "its app was deleted" : client == null ? "the workspace's OAuth client for "
                    + a.appSlug() + " was deleted" : "the app has no token URL";
            fail(a, "the access token expired and cannot be refreshed: " + reason, true, now);
            throw new AccountUnavailableException(what + ": the access token expired and cannot be refreshed ("
                    + reason + "): connect it again");
        }
        try {
            AppOAuthClients.ClientSecret secret = clients.secret(client);
            TokenEndpoint.Tokens tokens = endpoint.refresh(app.tokenUrl(), secret.clientId(), secret.secret(), refreshToken);
            Long expiresAt = tokens.expiresIn() == null ? null : now + tokens.expiresIn() * 1000;
            String renewed = Credentials.oauth(tokens.accessToken(), tokens.refreshToken(), tokens.tokenType(),
                    tokens.scope(), expiresAt, refreshToken);
            a.refreshed(box.seal(renewed, a.id()), expiresAt, tokens.scope(), now);
            return renewed;
        } catch (OAuthRefusedException e) {
            fail(a, "refresh refused by the provider: " + e.getMessage(), e.grantGone(), now);
            throw new AccountUnavailableException(what + ": the provider refused to refresh the access token ("
                    + Quoted.detail(e.getMessage()) + ")" + (e.grantGone() ? ": connect it again" : ""));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "refreshing " + a.id() + " failed", e);
            fail(a, "refresh failed: " + e.getMessage(), false, now);
            throw new AccountUnavailableException(what + ": refreshing the access token failed: " + Quoted.detail(e.getMessage()));
        }
    }

    /** Records the failure on the account, and {@code account.marked_dead} when it makes the account dead. */
    private void fail(ConnectedAccount a, String error, boolean dead, long now) {
        boolean wasDead = a.dead();
        a.failed(error, dead, now);
        if (a.dead() && !wasDead) {
            audit.markedDead(a);
        }
    }

    /** A step reported that the account's access token was refused (HTTP 401): its next use refreshes it first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(String accountId) {
        accounts.accountForUpdate(accountId).ifPresent(a -> a.expireNow(System.currentTimeMillis()));
    }
}
