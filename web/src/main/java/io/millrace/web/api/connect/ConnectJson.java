package io.millrace.web.api.connect;

import io.millrace.application.accounts.AccountView;
import io.millrace.application.connect.ComponentKind;
import io.millrace.application.connect.ConnectComponents;
import io.millrace.application.connect.ConnectTriggers;
import io.millrace.domain.subscription.Webhook;
import io.millrace.application.connect.DeployedTrigger;
import io.millrace.application.source.SourceView;
import io.millrace.domain.accounts.ConnectedAccount;
import io.millrace.domain.apps.App;
import io.millrace.domain.component.Component;
import io.millrace.domain.connect.ExternalUser;
import io.millrace.domain.events.EmittedEvent;
import io.millrace.domain.source.Source;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Renders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.List;

/** The Connect API's JSON, in the shapes of the SDK's response schemas. */
final class ConnectJson {
    private ConnectJson() {
    }

    static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    static JsonObjectBuilder user(ExternalUser u) {
        return Jsonp.createObjectBuilder().add("id", u.id()).add("external_id", u.externalId())
                .add("created_at", time(u.createdAt())).add("updated_at", time(u.updatedAt()));
    }

    /**
     * An external user's account as the SDK's {@code Account} reads it: health, its app, times as ISO 8601, granted
     * scopes, {@code credentials} only when asked for.
     */
    static JsonObjectBuilder account(AccountView view) {
        ConnectedAccount a = view.account();
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", a.id());
        Renders.addNullable(b, "name", a.name());
        Renders.addNullable(b, "external_id", a.externalUserId());
        b.add("healthy", a.healthy()).add("dead", a.dead()).add("app", app(view.app(), a));
        b.add("created_at", time(a.createdAt())).add("updated_at", time(a.updatedAt()));
        JsonArrayBuilder scopes = Jsonp.createArrayBuilder();
        if (a.scopes() != null) {
            for (String scope : a.scopes().trim().split("[\\s,]+")) {
                if (!scope.isEmpty()) {
                    scopes.add(scope);
                }
            }
        }
        b.add("authorized_scopes", scopes);
        if (a.expiresAt() != null) {
            b.add("expires_at", time(a.expiresAt()));
        }
        if (a.lastRefreshAt() != null) {
            b.add("last_refreshed_at", time(a.lastRefreshAt()));
        }
        Renders.addNullable(b, "error", a.lastError());
        if (view.credentialsJson() != null) {
            b.add("credentials", JsonText.parse(view.credentialsJson()));
        }
        return b;
    }

    /** An app as the SDK's {@code App} reads it (null: deleted meanwhile, named by the account's slug). */
    static JsonObjectBuilder app(App app, ConnectedAccount a) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder();
        if (app == null) {
            return b.add("id", a.appId()).add("name_slug", a.appSlug()).add("name", a.appSlug())
                    .add("auth_type", a.authType().wire()).add("img_src", "").add("categories", Jsonp.createArrayBuilder())
                    .add("featured_weight", 0).add("scope_profiles", Jsonp.createArrayBuilder());
        }
        return app(app);
    }

    /** A catalogue app as the SDK's {@code App} reads it. */
    static JsonObjectBuilder app(App app) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder();
        b.add("id", app.id()).add("name_slug", app.nameSlug()).add("name", app.name())
                .add("auth_type", app.authType().wire());
        Renders.addNullable(b, "description", app.description());
        return b.add("img_src", app.imgSrc() == null ? "" : app.imgSrc())
                .add("custom_fields_json", app.customFieldsJson())
                .add("categories", Jsonp.createArrayBuilder(app.categories()))
                .add("featured_weight", 0)
                .add("scope_profiles", Jsonp.createArrayBuilder());
    }

    static JsonObjectBuilder component(Component c) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("key", ConnectComponents.keyOf(c))
                .add("name", c.name() != null ? c.name() : ConnectComponents.keyOf(c))
                .add("version", c.version() != null ? c.version() : "0.0.0");
        Renders.addNullable(b, "description", c.description());
        b.add("component_type", ComponentKind.typeOf(c));
        Renders.addNullable(b, "app", c.app());
        return b.add("configurable_props", JsonText.parse(c.configurablePropsJson()));
    }

    static JsonObjectBuilder trigger(DeployedTrigger t) {
        SourceView view = t.view();
        Source s = view.source();
        JsonObjectBuilder props = Jsonp.createObjectBuilder(JsonText.parseObject(s.configuredPropsJson()));
        if (s.httpProp() != null && view.endpointUrl() != null) {
            props.add(s.httpProp(), Jsonp.createObjectBuilder().add("endpoint_url", view.endpointUrl()));
        }
        return Jsonp.createObjectBuilder()
                .add("id", s.id())
                .add("owner_id", t.owner().id())
                .add("component_id", s.componentId())
                .add("component_key", ConnectComponents.keyOf(t.component()))
                .add("configurable_props", JsonText.parse(t.component().configurablePropsJson()))
                .add("configured_props", props)
                .add("active", s.active())
                .add("created_at", Renders.seconds(s.createdAt()))
                .add("updated_at", Renders.seconds(s.updatedAt()))
                .add("name", s.name())
                .add("name_slug", s.nameSlug())
                .add("callback_observations", JsonValue.NULL)
                .add("emit_on_deploy", true)
                .add("type", "DeployedComponent");
    }

    /** An emitted event as Connect lists it: {@code e} the event (an object; another value as {@code {"value": …}}). */
    static JsonObjectBuilder event(EmittedEvent e) {
        JsonValue event = e.eventJson() == null ? JsonValue.NULL : JsonText.parse(e.eventJson());
        JsonValue object = event.getValueType() == JsonValue.ValueType.OBJECT ? event
                : Jsonp.createObjectBuilder().add("value", event).build();
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", e.id()).add("e", object).add("k", "emit")
                .add("ts", e.ts());
        Renders.addNullable(b, "sum", e.summary());
        return b;
    }

    /** The trigger's webhook URLs, and its webhooks with their signing keys (every caller is authenticated). */
    static JsonObjectBuilder webhooks(DeployedTrigger t, java.util.Map<String, Webhook> signed) {
        JsonArrayBuilder urls = Jsonp.createArrayBuilder();
        JsonArrayBuilder hooks = Jsonp.createArrayBuilder();
        for (JsonValue hook : ConnectTriggers.webhooks(t.listeners())) {
            String id = hook.asJsonObject().getString("id");
            String url = hook.asJsonObject().getString("url");
            urls.add(url);
            Webhook w = signed.get(id);
            JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", id).add("url", url);
            if (w != null && w.signingKey() != null) {
                b.add("signing_key", w.signingKey());
            }
            hooks.add(b.add("signing_key_set", w != null && w.signingKey() != null));
        }
        return Jsonp.createObjectBuilder().add("webhook_urls", urls).add("webhooks", hooks);
    }

    /** One webhook with its signing key, as {@code deployedTriggers.retrieveWebhook} reads it. */
    static JsonObjectBuilder webhook(Webhook w) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", w.id()).add("url", w.url());
        if (w.signingKey() != null) {
            b.add("signing_key", w.signingKey());
        }
        return b.add("signing_key_set", w.signingKey() != null)
                .add("created_at", Renders.seconds(w.createdAt()))
                .add("updated_at", Renders.seconds(w.updatedAt()));
    }

    static JsonObjectBuilder strings(String name, List<String> values) {
        return Jsonp.createObjectBuilder().add(name, Jsonp.createArrayBuilder(values));
    }
}
