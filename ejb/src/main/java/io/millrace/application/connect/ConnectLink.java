package io.millrace.application.connect;

import io.millrace.application.accounts.AccountView;
import io.millrace.application.accounts.Accounts;
import io.millrace.application.apps.AppCatalogue;
import io.millrace.application.eventing.WebhookPoster;
import io.millrace.application.eventing.WebhookSignature;
import io.millrace.domain.connect.ConnectProjectWebhook;
import io.millrace.domain.accounts.ConnectedAccount;
import io.millrace.domain.apps.App;
import io.millrace.domain.connect.ConnectRepository;
import io.millrace.domain.connect.ConnectToken;
import io.millrace.domain.connect.ExternalUser;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import io.millrace.shared.Quoted;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Connect Link: the page where an end user, holding a Connect token (its {@code connect_link_url}), connects an
 * account of an app. A key-based app's fields are entered in a form; the account is the token's external user's.
 * On success or failure the token's {@code webhook_uri} and the project environment's webhook ({@link ProjectWebhooks},
 * whose key then signs both) get a POST, as the seed's Connect webhooks
 * ({@code CONNECTION_SUCCESS} with the account, never its credentials; {@code CONNECTION_ERROR} with the error),
 * sent in the background under the egress policy; the browser then goes to the token's {@code success_redirect_uri}
 * or {@code error_redirect_uri} when given.
 */
@ApplicationScoped
public class ConnectLink {
    private static final Logger LOG = Logger.getLogger(ConnectLink.class.getName());
    /** The waits before the second and third attempts of a Connect webhook. */
    private static final long[] RETRY_SECONDS = {2, 10};

    @Inject
    ConnectTokens tokens;
    @Inject
    ConnectRepository connect;
    @Inject
    ConnectAccounts accounts;
    @Inject
    Accounts workspaceAccounts;
    @Inject
    io.millrace.domain.accounts.AccountRepository accountRepository;
    @Inject
    AppCatalogue catalogue;
    @Inject
    WebhookPoster poster;
    @Inject
    ProjectWebhooks projectWebhooks;
    @Inject
    ConnectWriter writer;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;
    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    jakarta.enterprise.concurrent.ManagedScheduledExecutorService scheduler;

    /** A valid token with its external user and options. */
    public record Session(String token, ConnectToken connectToken, ExternalUser user, JsonObject options) {
        public String option(String name) {
            return options.containsKey(name) && options.get(name).getValueType() == JsonValue.ValueType.STRING
                    ? options.getString(name) : null;
        }
    }

    /** The session of a token; empty when the token is unknown, expired or its user was deleted. */
    public Optional<Session> open(String token) {
        return tokens.valid(token).flatMap(t -> connect.userById(t.externalUserId())
                .map(u -> new Session(token, t, u, JsonText.parseObject(t.optionsJson()))));
    }

    /** The app named by the page (or, when it names none, by the token's {@code app_id}); 400 naming {@code app}. */
    public App app(Session session, String app) {
        String name = app == null || app.isBlank() ? session.option("app_id") : app.trim();
        if (name == null) {
            throw new InvalidInputException("app", "app is required: the app's name slug");
        }
        return catalogue.find(name).orElseThrow(() -> new InvalidInputException("app",
                "app " + Quoted.value(name) + " not found"));
    }

    /**
     * Connects a key-based app's account from the form's fields (the app's custom fields; empty ones left out) and
     * notifies the webhook; on bad input notifies the webhook of the error and throws it.
     */
    public AccountView connectKeys(Session session, App app, Map<String, String> form) {
        try {
            JsonObjectBuilder fields = Jsonp.createObjectBuilder();
            app.customFields().forEach(f -> {
                String value = form.get(f.name());
                if (value != null && !value.isEmpty()) {
                    fields.add(f.name(), value);
                }
            });
            ConnectedAccount account = accounts.connectKeys(session.connectToken(), session.user(), app.nameSlug(),
                    fields.build(), null, "app", "fields");
            AccountView view = workspaceAccounts.view(account, false);
            succeeded(session, view);
            return view;
        } catch (InvalidInputException e) {
            failed(session, e.getMessage());
            throw e;
        }
    }

    /**
     * The account the OAuth flow connected, when it is the session's external user's and was connected after the
     * token was issued: the token is used up and the webhook told (once: a second call finds the token gone).
     */
    public Optional<AccountView> connected(Session session, String accountId) {
        if (accountId == null) {
            return Optional.empty();
        }
        Optional<AccountView> found = accountRepository.account(accountId)
                .filter(a -> session.connectToken().projectId().equals(a.projectId())
                        && session.connectToken().environment().label().equals(a.environment())
                        && session.user().externalId().equals(a.externalUserId())
                        && a.createdAt() >= session.connectToken().createdAt())
                .map(a -> workspaceAccounts.view(a, false));
        if (found.isPresent() && writer.consumeToken(session.connectToken().tokenHash())) {
            succeeded(session, found.get());
        }
        return found;
    }

    /** Tells the webhook the account was connected (the account as the API shows it, without credentials). */
    public void succeeded(Session session, AccountView account) {
        notify(session, "CONNECTION_SUCCESS", b -> b.add("account", Account.json(account)));
    }

    public void failed(Session session, String error) {
        notify(session, "CONNECTION_ERROR", b -> b.add("error", error == null ? "the account was not connected" : error));
    }

    /**
     * Sends the event to the token's {@code webhook_uri} and to the project environment's webhook (each when there
     * is one); when the environment has a webhook, both are signed with its key.
     */
    private void notify(Session session, String event, Function<JsonObjectBuilder, JsonObjectBuilder> rest) {
        ConnectToken t = session.connectToken();
        Optional<ConnectProjectWebhook> project = projectWebhooks.of(t.projectId(), t.environment());
        java.util.List<String> urls = new java.util.ArrayList<>();
        if (session.option("webhook_uri") != null) {
            urls.add(session.option("webhook_uri"));
        }
        project.map(ConnectProjectWebhook::url).filter(u -> !urls.contains(u)).ifPresent(urls::add);
        if (urls.isEmpty()) {
            return;
        }
        String body = rest.apply(Jsonp.createObjectBuilder().add("event", event)
                .add("connect_token", session.token())
                .add("environment", t.environment().label())
                .add("connect_session_id", t.tokenHash().substring(0, 16))).build().toString();
        String key = project.map(ConnectProjectWebhook::signingKey).orElse(null);
        for (String url : urls) {
            executor.execute(() -> deliver(url, body, key, t.projectId(), 1));
        }
    }

    /** One attempt; a failed one is tried again after 2 and then 10 seconds (not when the egress policy refused). */
    private void deliver(String url, String body, String signingKey, String projectId, int attempt) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (signingKey != null) {
            long now = System.currentTimeMillis() / 1000;
            headers.put(WebhookSignature.TIMESTAMP, Long.toString(now));
            headers.put(WebhookSignature.SIGNATURE, WebhookSignature.header(signingKey, now, body));
        }
        String failure = poster.post(url, headers, body);
        if (failure == null) {
            return;
        }
        boolean again = attempt < RETRY_SECONDS.length + 1 && !failure.startsWith("refused by the egress policy");
        LOG.log(Level.INFO, "the Connect webhook {0} of project {1} failed (attempt {2}{3}): {4}",
                new Object[] {Quoted.value(url), projectId, attempt, again ? ", tried again" : "", failure});
        if (again) {
            scheduler.schedule(() -> deliver(url, body, signingKey, projectId, attempt + 1), RETRY_SECONDS[attempt - 1],
                    java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** The account in the webhook's shape. */
    public static final class Account {
        private Account() {
        }

        public static JsonObjectBuilder json(AccountView view) {
            ConnectedAccount a = view.account();
            JsonObjectBuilder app = Jsonp.createObjectBuilder().add("id", a.appId()).add("name_slug", a.appSlug())
                    .add("auth_type", a.authType().wire());
            if (view.app() != null) {
                app.add("name", view.app().name()).add("custom_fields_json", view.app().customFieldsJson());
                if (view.app().description() != null) {
                    app.add("description", view.app().description());
                }
                if (view.app().imgSrc() != null) {
                    app.add("img_src", view.app().imgSrc());
                }
            }
            return Jsonp.createObjectBuilder().add("id", a.id()).add("name", a.name() == null ? "" : a.name())
                    .add("external_id", a.externalUserId()).add("healthy", a.healthy()).add("dead", a.dead())
                    .add("app", app)
                    .add("created_at", java.time.Instant.ofEpochMilli(a.createdAt()).toString())
                    .add("updated_at", java.time.Instant.ofEpochMilli(a.updatedAt()).toString());
        }
    }
}
