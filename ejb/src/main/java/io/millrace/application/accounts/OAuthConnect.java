package io.millrace.application.accounts;

import io.millrace.application.apps.AppCatalogue;
import io.millrace.application.apps.AppOAuthClients;
import io.millrace.application.environment.SecretBox;
import io.millrace.application.identity.ActingMember;
import io.millrace.domain.accounts.ConnectedAccount;
import io.millrace.domain.accounts.Credentials;
import io.millrace.domain.accounts.PendingAuthorization;
import io.millrace.domain.apps.App;
import io.millrace.domain.apps.AppOAuthClient;
import io.millrace.domain.apps.AuthType;
import io.millrace.domain.audit.Actor;
import io.millrace.domain.audit.ActorType;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.shared.ForbiddenException;
import io.millrace.shared.Ids;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Connecting an OAuth account through the browser: {@link #start} stores a pending authorization (the state's digest,
 * the PKCE verifier sealed) and gives the provider's authorization URL (code flow, S256 challenge, the workspace's own
 * OAuth client for the app, its scopes or else the app's); {@link #callback} takes the pending authorization once,
 * exchanges the code with the verifier and stores the account, owned by who started, private to them.
 */
@ApplicationScoped
public class OAuthConnect {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AppCatalogue catalogue;
    @Inject
    AppOAuthClients clients;
    @Inject
    AccountWriter writer;
    @Inject
    TokenEndpoint endpoint;
    @Inject
    SecretBox box;
    @Inject
    WorkspaceRepository users;

    /**
     * A connected account and where the browser goes next (null: answer with the account); or, for Connect Link
     * (an external user's authorization with a return path), no account and the error to return with.
     */
    public record Connected(ConnectedAccount account, App app, String returnUrl, String error) {
        public Connected(ConnectedAccount account, App app, String returnUrl) {
            this(account, app, returnUrl, null);
        }
    }

    /** The provider's authorization URL and the state, which a browser session's start also sets as a cookie. */
    public record Started(URI authorizationUri, String state) {
    }

    /**
     * @param returnUrl   a path of this server to send the browser to afterwards (null: none)
     * @param redirectUri this server's callback URL, registered with the provider
     * @param browser     whether a browser session starts: then the callback must carry the state's cookie, so that a
     *                link started by one person cannot connect another person's account
     */
    public Started start(ActingMember member, String appName, String name, String returnUrl, URI redirectUri,
                         boolean browser) {
        return start(member.user().workspaceId(), member.user().id(), null, appName, name, returnUrl, redirectUri, browser);
    }

    /** Who a Connect account is for: a project's environment and one of its external users. */
    public record ExternalOwner(String projectId, String environment, String externalUserId) {
    }

    /**
     * Starts connecting an account for a Connect external user (from Connect Link, bound to the browser that
     * started it): as {@link #start(ActingMember, String, String, String, URI, boolean)} with the workspace's OAuth
     * client for the app; the account belongs to {@code owner}, not to a member.
     */
    public Started startForExternalUser(String workspaceId, ExternalOwner owner, String appName, String returnUrl,
                                        URI redirectUri) {
        return start(workspaceId, null, owner, appName, null, returnUrl, redirectUri, true);
    }

    private Started start(String workspaceId, String userId, ExternalOwner owner, String appName, String name,
                          String returnUrl, URI redirectUri, boolean browser) {
        if (appName == null || appName.isBlank()) {
            throw new InvalidInputException("app", "app is required");
        }
        App app = catalogue.find(appName.trim())
                .orElseThrow(() -> new InvalidInputException("app", "app " + Quoted.value(appName) + " not found"));
        if (app.authType() != AuthType.OAUTH || !app.oauthReady()) {
            throw new InvalidInputException("app", "app " + Quoted.value(app.nameSlug())
                    + " is not an OAuth app with authorize_url and token_url");
        }
        AppOAuthClient client = clients.forApp(workspaceId, app.id()).orElseThrow(() ->
                new InvalidInputException("app", "this workspace has no OAuth client for " + Quoted.value(app.nameSlug())
                        + ": an admin adds one (POST /v1/workspaces/{org_id}/app_oauth_clients)"));
        if (name != null && name.length() > 255) {
            throw new InvalidInputException("name", "name must be at most 255 characters");
        }
        checkReturnUrl(returnUrl);
        String state = random(32);
        String verifier = random(48);
        PendingAuthorization pending = new PendingAuthorization(box.mac(state), workspaceId,
                userId, app.id(), client.id(), box.seal(verifier, "pkce:" + state), redirectUri.toString(), name,
                returnUrl, System.currentTimeMillis());
        if (owner != null) {
            pending.forExternalUser(owner.projectId(), owner.environment(), owner.externalUserId());
        }
        writer.addPending(browser ? pending.boundToBrowser() : pending);
        return new Started(endpoint.authorizationUri(app.authorizeUrl(), client.clientId(),
                client.scopes().isEmpty() ? app.scopes() : client.scopes(), redirectUri, state, verifier), state);
    }

    /** The provider's answer: {@code state} and {@code code}, or {@code error}. */
    public Connected callback(String state, String code, String error, String errorDescription, String stateCookie) {
        if (state == null || state.isBlank()) {
            throw new InvalidInputException("state", "state is required");
        }
        PendingAuthorization pending = writer.takePending(box.mac(state))
                .filter(p -> !p.expired(System.currentTimeMillis()))
                .orElseThrow(() -> new InvalidInputException("state",
                        "unknown or expired state: start connecting the account again"));
        if (pending.browserBound() && !state.equals(stateCookie)) {
            throw new InvalidInputException("state", "this browser did not start connecting the account: start again");
        }
        // Connect Link's authorization returns its errors to the link's page (which sends the browser on to the
        // token's error_redirect_uri and tells its webhook) instead of answering them here
        boolean returnsErrors = pending.projectId() != null && pending.returnUrl() != null;
        if (error != null && !error.isBlank()) {
            String message = "the provider did not authorize the account: " + Quoted.of(error)
                    + (errorDescription == null ? "" : " (" + Quoted.detail(errorDescription) + ")");
            if (returnsErrors) {
                return new Connected(null, null, pending.returnUrl(), message);
            }
            throw new ForbiddenException(message);
        }
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("code", "code is required");
        }
        App app = catalogue.find(pending.appId())
                .orElseThrow(() -> new InvalidInputException("state", "the app was deleted meanwhile"));
        AppOAuthClient client = clients.byId(pending.workspaceId(), pending.oauthClientId())
                .orElseThrow(() -> new InvalidInputException("state", "the workspace's OAuth client was deleted meanwhile"));
        AppOAuthClients.ClientSecret secret = clients.secret(client);
        String verifier = box.open(pending.sealedVerifier(), "pkce:" + state);
        TokenEndpoint.Tokens tokens;
        try {
            tokens = endpoint.exchange(app.tokenUrl(), secret.clientId(), secret.secret(), code, verifier,
                    URI.create(pending.redirectUri()));
        } catch (OAuthRefusedException e) {
            String message = "the provider refused the code: " + Quoted.detail(e.getMessage());
            if (returnsErrors) {
                return new Connected(null, app, pending.returnUrl(), message);
            }
            throw new InvalidInputException("code", message);
        }
        long now = System.currentTimeMillis();
        Long expiresAt = tokens.expiresIn() == null ? null : now + tokens.expiresIn() * 1000;
        String id = Ids.random("apn_");
        String credentials = Credentials.oauth(tokens.accessToken(), tokens.refreshToken(), tokens.tokenType(),
                tokens.scope(), expiresAt, null);
        ConnectedAccount account = new ConnectedAccount(id, pending.workspaceId(), pending.userId(), app.id(),
                app.nameSlug(), AuthType.OAUTH, pending.accountName() == null ? app.name() : pending.accountName(),
                box.seal(credentials, id), now).withOAuth(client.id(), expiresAt, tokens.scope());
        if (pending.projectId() != null) {
            account.forExternalUser(pending.projectId(), pending.environment(), pending.externalUserId());
        }
        // the callback carries no credential: the audit's actor is who started connecting
        // (none for a Connect external user's account, started from Connect Link with the Connect token)
        Actor starter = pending.userId() == null ? null
                : users.user(pending.userId()).map(u -> new Actor(ActorType.USER, u.id(), u.username())).orElse(null);
        return new Connected(writer.add(starter, account), app, pending.returnUrl());
    }

    /** Only a path of this server: never another site (no open redirect). */
    static void checkReturnUrl(String returnUrl) {
        if (returnUrl != null && (!returnUrl.startsWith("/") || returnUrl.startsWith("//") || returnUrl.contains("\\")
                || returnUrl.length() > 2048 || returnUrl.chars().anyMatch(c -> c < 0x21 || c == 0x7f))) {
            throw new InvalidInputException("return_url", "return_url must be a path of this server, starting with /");
        }
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
