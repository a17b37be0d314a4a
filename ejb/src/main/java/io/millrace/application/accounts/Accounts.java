package io.millrace.application.accounts;

import io.millrace.application.apps.AppCatalogue;
import io.millrace.application.apps.AppOAuthClients;
import io.millrace.application.environment.SecretBox;
import io.millrace.application.identity.ActingMember;
import io.millrace.domain.accounts.AccountQuery;
import io.millrace.domain.accounts.AccountRepository;
import io.millrace.domain.accounts.ConnectedAccount;
import io.millrace.domain.accounts.Credentials;
import io.millrace.domain.apps.App;
import io.millrace.domain.apps.AuthType;
import io.millrace.shared.BodyFields;
import io.millrace.shared.ForbiddenException;
import io.millrace.shared.Ids;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A workspace's connected accounts for the API. A member sees the accounts they connected and those shared with the
 * workspace; its admins and owner see all. Only the account's owner and the workspace's admins change or delete it.
 * An OAuth access token acts for the workspace as a member, not as a person: it owns no account ({@code person}
 * false).
 * Credentials are returned only when asked for ({@code include_credentials}) by a caller who may use the account
 * (the web layer refuses browser sessions); OAuth credentials are refreshed first when due.
 */
@ApplicationScoped
public class Accounts {
    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
    private static final Set<String> CREATE = Set.of("app", "name", "credentials", "shared");
    private static final Set<String> UPDATE = Set.of("name", "shared");

    @Inject
    AccountRepository accounts;
    @Inject
    AccountWriter writer;
    @Inject
    AccountRefresh refresh;
    @Inject
    AppCatalogue catalogue;
    @Inject
    AppOAuthClients clients;
    @Inject
    TokenEndpoint endpoint;
    @Inject
    SecretBox box;

    public Page<AccountView> list(ActingMember member, boolean person, String app, PageRequest page,
                                  boolean includeCredentials) {
        String appId = null;
        if (app != null && !app.isBlank()) {
            appId = catalogue.find(app.trim()).map(App::id)
                    .orElseThrow(() -> new InvalidInputException("app", "app " + Quoted.value(app) + " not found"));
        }
        String visibleTo = member.role().manages() ? null : person ? member.user().id() : "";
        return accounts.accounts(AccountQuery.workspace(member.user().workspaceId(), appId, visibleTo), page)
                .map(a -> view(member, a, includeCredentials));
    }

    public AccountView get(ActingMember member, boolean person, String id, boolean includeCredentials) {
        return view(member, visible(member, person, id), includeCredentials);
    }

    /** A key-based account: {@code {"app", "name"?, "credentials": {custom fields}, "shared"?}}. */
    public AccountView createKeyBased(ActingMember member, JsonValue body) {
        JsonObject o = BodyFields.body(body, CREATE);
        String appName = BodyFields.string(o, "app", true, 64);
        App app = catalogue.find(appName)
                .orElseThrow(() -> new InvalidInputException("app", "app " + Quoted.value(appName) + " not found"));
        if (app.authType() == AuthType.OAUTH) {
            throw new InvalidInputException("app", "app " + Quoted.value(app.nameSlug())
                    + " uses OAuth: connect it through /v1/accounts/oauth/start");
        }
        JsonValue given = o.containsKey("credentials") ? o.get("credentials") : JsonValue.EMPTY_JSON_OBJECT;
        String credentials = Credentials.keys(app.customFields(), given, "credentials");
        String id = Ids.random("apn_");
        String name = BodyFields.string(o, "name", false, 255);
        ConnectedAccount account = new ConnectedAccount(id, member.user().workspaceId(), member.user().id(), app.id(),
                app.nameSlug(), app.authType(), name == null ? app.name() : name, box.seal(credentials, id),
                System.currentTimeMillis());
        if (Boolean.TRUE.equals(BodyFields.trueOrFalse(o, "shared"))) {
            account.share(true, account.createdAt());
        }
        return view(member, writer.add(account), false);
    }

    /** Renames or shares an account: {@code {"name"?, "shared"?}}. */
    public AccountView update(ActingMember member, boolean person, String id, JsonValue body) {
        ConnectedAccount account = managed(member, person, id);
        JsonObject o = BodyFields.body(body, UPDATE);
        String name = BodyFields.string(o, "name", false, 255);
        Boolean shared = BodyFields.trueOrFalse(o, "shared");
        return view(member, writer.update(account.id(), name, shared).orElseThrow(() -> notFound(id)), false);
    }

    /** Deletes the account after revoking its OAuth grant at the provider (when the app names a revocation URL). */
    public void delete(ActingMember member, boolean person, String id) {
        ConnectedAccount account = managed(member, person, id);
        revoke(account);
        if (!writer.delete(account.id())) {
            throw notFound(id);
        }
    }

    /** A Connect account (or any account already checked by the caller) as the API shows it. */
    public AccountView view(ConnectedAccount account, boolean includeCredentials) {
        return view(null, account, includeCredentials);
    }

    /** Revokes the account's OAuth grant (when it has one) and deletes it; false when it no longer exists. */
    public boolean remove(ConnectedAccount account) {
        revoke(account);
        return writer.delete(account.id());
    }

    private void revoke(ConnectedAccount account) {
        if (account.authType() != AuthType.OAUTH || account.oauthClientId() == null) {
            return;
        }
        App app = catalogue.find(account.appId()).orElse(null);
        var client = clients.byId(account.workspaceId(), account.oauthClientId()).orElse(null);
        if (app == null || app.revokeUrl() == null || client == null) {
            return;
        }
        try {
            String credentials = box.open(account.sealedCredentials(), account.id());
            String refreshToken = Credentials.refreshToken(credentials);
            AppOAuthClients.ClientSecret secret = clients.secret(client);
            endpoint.revoke(app.revokeUrl(), secret.clientId(), secret.secret(),
                    refreshToken != null ? refreshToken : Credentials.accessToken(credentials), refreshToken != null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "revoking the grant of account " + account.id() + " failed; the account is deleted anyway", e);
        }
    }

    private AccountView view(ActingMember member, ConnectedAccount a, boolean includeCredentials) {
        App app = catalogue.find(a.appId()).orElse(null);
        String credentials = null;
        if (includeCredentials) {
            try {
                credentials = refresh.current(a.workspaceId(), a.id(), false);
            } catch (AccountUnavailableException e) {
                credentials = null; // the account's health says why
            }
        }
        return new AccountView(a, app, credentials);
    }

    private ConnectedAccount visible(ActingMember member, boolean person, String id) {
        return accounts.account(id).filter(a -> a.workspaceId().equals(member.user().workspaceId()))
                .filter(a -> a.projectId() == null)
                .filter(a -> a.shared() || member.role().manages() || owns(member, person, a))
                .orElseThrow(() -> notFound(id));
    }

    private static boolean owns(ActingMember member, boolean person, ConnectedAccount a) {
        return person && member.user().id().equals(a.ownerId());
    }

    private ConnectedAccount managed(ActingMember member, boolean person, String id) {
        ConnectedAccount a = visible(member, person, id);
        if (!member.role().manages() && !owns(member, person, a)) {
            throw new ForbiddenException("only the account's owner and the workspace's admins may change or delete it");
        }
        return a;
    }

    static NotFoundException notFound(String id) {
        return new NotFoundException("account " + Quoted.value(id) + " not found");
    }
}
