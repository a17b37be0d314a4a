package io.millrace.web.api.apps;

import io.millrace.domain.apps.App;
import io.millrace.domain.apps.AppOAuthClient;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Renders;
import jakarta.json.JsonObjectBuilder;

/**
 * An app as the seed's {@code GET /v1/apps} shows it ({@code custom_fields_json} as text, {@code categories},
 * {@code featured_weight}, {@code connect}), with Millrace's OAuth endpoints and default scopes.
 */
public final class AppJson {
    private AppJson() {
    }

    /** The app's Connect proxy settings: the proxy works for every app (full URLs; relative ones with a base URL). */
    public static JsonObjectBuilder connect(App a) {
        JsonObjectBuilder c = Jsonp.createObjectBuilder().add("proxy_enabled", true)
                .add("allowed_domains", Jsonp.createArrayBuilder(a.allowedDomains()));
        Renders.addNullable(c, "base_proxy_target_url", a.baseProxyTargetUrl());
        return c;
    }

    public static JsonObjectBuilder render(App a) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", a.id()).add("name_slug", a.nameSlug())
                .add("name", a.name()).add("auth_type", a.authType().wire());
        Renders.addNullable(b, "description", a.description());
        Renders.addNullable(b, "img_src", a.imgSrc());
        b.add("custom_fields_json", a.customFieldsJson())
                .add("categories", Jsonp.createArrayBuilder(a.categories()))
                .add("featured_weight", 0)
                .add("connect", connect(a));
        Renders.addNullable(b, "authorize_url", a.authorizeUrl());
        Renders.addNullable(b, "token_url", a.tokenUrl());
        Renders.addNullable(b, "revoke_url", a.revokeUrl());
        return b.add("scopes", Jsonp.createArrayBuilder(a.scopes()))
                .add("origin", a.origin().name().toLowerCase(java.util.Locale.ROOT))
                .add("created_at", Renders.seconds(a.createdAt()))
                .add("updated_at", Renders.seconds(a.updatedAt()));
    }

    /** A workspace's OAuth client for an app: never its secret. */
    static JsonObjectBuilder client(AppOAuthClient c) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", c.id()).add("app_id", c.appId());
        Renders.addNullable(b, "name", c.name());
        return b.add("client_id", c.clientId()).add("scopes", Jsonp.createArrayBuilder(c.scopes()))
                .add("created_at", Renders.seconds(c.createdAt()));
    }
}
