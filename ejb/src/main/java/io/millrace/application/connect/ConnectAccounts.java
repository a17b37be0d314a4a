package io.millrace.application.connect;

import io.millrace.application.accounts.AccountView;
import io.millrace.application.accounts.AccountWriter;
import io.millrace.application.accounts.Accounts;
import io.millrace.application.apps.AppCatalogue;
import io.millrace.application.environment.SecretBox;
import io.millrace.domain.accounts.AccountQuery;
import io.millrace.domain.accounts.AccountRepository;
import io.millrace.domain.accounts.ConnectedAccount;
import io.millrace.domain.accounts.Credentials;
import io.millrace.domain.apps.App;
import io.millrace.domain.apps.AuthType;
import io.millrace.domain.connect.ConnectRepository;
import io.millrace.domain.connect.ConnectToken;
import io.millrace.domain.connect.ExternalUser;
import io.millrace.shared.BodyFields;
import io.millrace.shared.Ids;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The accounts of a project's external users ({@code /v1/connect/{project_id}/accounts}, {@code /users/{id}/accounts},
 * {@code /apps/{app}/accounts}): listed, read and deleted by the project's members; connected with a Connect token
 * (key-based apps here, OAuth apps through the browser flow of Connect Link), once per token: a token connects one
 * account. An account belongs to one external user
 * of one environment; another environment's, project's or workspace's is 404. Credentials only when asked for.
 */
@ApplicationScoped
public class ConnectAccounts {
    private static final Set<String> CREATE = Set.of("app_slug", "cfmap_json", "connect_token", "name",
            "app_override_id", "account_id");

    @Inject
    AccountRepository accounts;
    @Inject
    AccountWriter writer;
    @Inject
    Accounts workspaceAccounts;
    @Inject
    AppCatalogue catalogue;
    @Inject
    ConnectRepository connect;
    @Inject
    ConnectTokens tokens;
    @Inject
    SecretBox box;
    @Inject
    ConnectRateLimits limits;
    @Inject
    ConnectWriter connectWriter;

    /** The environment's accounts, newest first; of one external user and of one app when given. */
    public Page<AccountView> list(ConnectScope scope, String externalUserId, String app, PageRequest page,
                                  boolean includeCredentials) {
        limits.take(ConnectRateLimits.Kind.ACCOUNTS, scope, null);
        String external = externalUserId == null || externalUserId.isEmpty() ? null
                : ExternalUsers.checked(externalUserId, "external_user_id");
        return accounts.accounts(query(scope, external, appId(app, "app")), page)
                .map(a -> workspaceAccounts.view(a, includeCredentials));
    }

    public AccountView get(ConnectScope scope, String id, boolean includeCredentials) {
        limits.take(ConnectRateLimits.Kind.ACCOUNTS, scope, null);
        return workspaceAccounts.view(require(scope, id), includeCredentials);
    }

    /** Deletes the account (its OAuth grant revoked first). */
    public void delete(ConnectScope scope, String id) {
        limits.take(ConnectRateLimits.Kind.ACCOUNTS, scope, null);
        if (!workspaceAccounts.remove(require(scope, id))) {
            throw notFound(id);
        }
    }

    /** Deletes every account of the app in the environment, of all its external users; how many. */
    public int deleteByApp(ConnectScope scope, String app) {
        limits.take(ConnectRateLimits.Kind.ACCOUNTS, scope, null);
        return deleteAll(query(scope, null, appId(app, "app_id")));
    }

    /** Deletes every account of the external user (when their user is deleted); how many. */
    public int deleteOfUser(ConnectScope scope, String externalId) {
        return deleteAll(query(scope, externalId, null));
    }

    /**
     * Connects a key-based app's account for the external user of a Connect token of this scope:
     * {@code {"connect_token", "app_slug", "cfmap_json": "{custom fields as JSON text}", "name"?}}.
     *
     * @param externalUserId the query's {@code external_user_id}; when given it must be the token's user
     */
    public AccountView create(ConnectScope scope, String externalUserId, JsonValue body) {
        JsonObject o = BodyFields.body(body, CREATE);
        ConnectToken token = tokens.valid(BodyFields.requiredText(o, "connect_token", "connect_token"))
                .filter(t -> t.projectId().equals(scope.projectId()) && t.environment() == scope.environment())
                .orElseThrow(() -> new InvalidInputException("connect_token",
                        "connect_token is not a valid, unexpired Connect token of this project's environment"));
        ExternalUser user = connect.userById(token.externalUserId())
                .orElseThrow(() -> new InvalidInputException("connect_token", "the token's external user was deleted"));
        if (externalUserId != null && !externalUserId.isEmpty() && !externalUserId.equals(user.externalId())) {
            throw new InvalidInputException("external_user_id", "external_user_id is not the Connect token's user");
        }
        JsonValue fields;
        String cfmap = BodyFields.requiredText(o, "cfmap_json", "cfmap_json");
        try {
            fields = JsonText.parse(cfmap);
        } catch (RuntimeException e) {
            throw new InvalidInputException("cfmap_json", "cfmap_json must be a JSON object of the app's custom fields");
        }
        String appSlug = BodyFields.requiredText(o, "app_slug", "app_slug");
        String name = BodyFields.string(o, "name", false, 255);
        String reconnected = BodyFields.text(o, "account_id");
        if (reconnected != null) {
            return workspaceAccounts.view(reconnectKeys(token, user, reconnected, appSlug, fields, name), false);
        }
        return workspaceAccounts.view(connectKeys(token, user, appSlug, fields, name, "app_slug", "cfmap_json"), false);
    }

    /**
     * Connects an existing account of the token's external user again ({@code account_id}): new custom fields in
     * place, same id. The account must be the user's, of this environment and of the app {@code app_slug} names.
     */
    private ConnectedAccount reconnectKeys(ConnectToken token, ExternalUser user, String accountId, String appName,
                                           JsonValue fields, String name) {
        ConnectedAccount existing = accounts.account(accountId)
                .filter(a -> token.workspaceId().equals(a.workspaceId()) && token.projectId().equals(a.projectId())
                        && token.environment().label().equals(a.environment())
                        && user.externalId().equals(a.externalUserId()))
                .orElseThrow(() -> new InvalidInputException("account_id", "account_id is not an account of the"
                        + " Connect token's external user in this environment"));
        App app = catalogue.find(appName.trim()).orElseThrow(() -> new InvalidInputException("app_slug",
                "app " + Quoted.value(appName) + " not found"));
        if (!app.id().equals(existing.appId())) {
            throw new InvalidInputException("account_id", "account " + Quoted.value(accountId) + " is not an account of app "
                    + Quoted.value(app.nameSlug()));
        }
        if (app.authType() == AuthType.OAUTH) {
            throw new InvalidInputException("app_slug", "app " + Quoted.value(app.nameSlug())
                    + " uses OAuth: the end user connects it again through Connect Link");
        }
        String credentials = Credentials.keys(app.customFields(), fields, "cfmap_json");
        if (!connectWriter.consumeToken(token.tokenHash())) {
            throw new InvalidInputException("connect_token", "the Connect token was already used: a token connects one account");
        }
        return writer.reconnect(existing.id(), box.seal(credentials, existing.id()), name)
                .orElseThrow(() -> new InvalidInputException("account_id", "the account was deleted meanwhile"));
    }

    /**
     * A key-based (or no-auth) app's account for the token's external user, from the app's custom fields.
     *
     * @param appField    the field that named the app, for errors
     * @param fieldsField the field that held the custom fields, for errors
     */
    public ConnectedAccount connectKeys(ConnectToken token, ExternalUser user, String appName, JsonValue fields,
                                        String name, String appField, String fieldsField) {
        App app = catalogue.find(appName.trim()).orElseThrow(() -> new InvalidInputException(appField,
                "app " + Quoted.value(appName) + " not found"));
        if (app.authType() == AuthType.OAUTH) {
            throw new InvalidInputException(appField, "app " + Quoted.value(app.nameSlug())
                    + " uses OAuth: the end user connects it through Connect Link");
        }
        String credentials = Credentials.keys(app.customFields(), fields, fieldsField);
        if (!connectWriter.consumeToken(token.tokenHash())) {
            throw new InvalidInputException("connect_token", "the Connect token was already used: a token connects one account");
        }
        String id = Ids.random("apn_");
        ConnectedAccount account = new ConnectedAccount(id, token.workspaceId(), null, app.id(), app.nameSlug(),
                app.authType(), name == null || name.isBlank() ? app.name() : name, box.seal(credentials, id),
                System.currentTimeMillis())
                .forExternalUser(token.projectId(), token.environment().label(), user.externalId());
        return writer.add(account);
    }

    private int deleteAll(AccountQuery query) {
        int deleted = 0;
        while (true) {
            List<ConnectedAccount> batch = new ArrayList<>(accounts.accounts(query, new PageRequest(100, null, null)).items());
            if (batch.isEmpty()) {
                return deleted;
            }
            for (ConnectedAccount a : batch) {
                workspaceAccounts.remove(a);
                deleted++;
            }
        }
    }

    private ConnectedAccount require(ConnectScope scope, String id) {
        return accounts.account(id).filter(a -> scope.workspaceId().equals(a.workspaceId())
                        && scope.projectId().equals(a.projectId())
                        && scope.environment().label().equals(a.environment()))
                .orElseThrow(() -> notFound(id));
    }

    private String appId(String app, String field) {
        if (app == null || app.isBlank()) {
            return null;
        }
        return catalogue.find(app.trim()).map(App::id)
                .orElseThrow(() -> new InvalidInputException(field, "app " + Quoted.value(app) + " not found"));
    }

    private static AccountQuery query(ConnectScope scope, String externalId, String appId) {
        return new AccountQuery(scope.workspaceId(), scope.projectId(), scope.environment().label(), externalId, appId,
                null);
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("account " + Quoted.value(id) + " not found");
    }
}
