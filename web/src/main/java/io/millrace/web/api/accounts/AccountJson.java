package io.millrace.web.api.accounts;

import io.millrace.application.accounts.AccountView;
import io.millrace.domain.accounts.ConnectedAccount;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.apps.AppJson;
import io.millrace.web.api.support.Renders;
import jakarta.json.JsonObjectBuilder;

/**
 * An account in the seed's shape ({@code id}, {@code name}, {@code external_id}, {@code healthy}, {@code dead},
 * {@code app}, {@code created_at}, {@code updated_at} as ISO times) with its owner, sharing and health (last refresh,
 * last error), and {@code credentials} only when asked for and allowed.
 */
final class AccountJson {
    private AccountJson() {
    }

    static JsonObjectBuilder render(AccountView view) {
        ConnectedAccount a = view.account();
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", a.id());
        Renders.addNullable(b, "name", a.name());
        Renders.addNullable(b, "external_id", a.externalUserId());
        b.add("healthy", a.healthy()).add("dead", a.dead());
        if (view.app() != null) {
            b.add("app", AppJson.render(view.app()));
        } else {
            b.add("app", Jsonp.createObjectBuilder().add("id", a.appId()).add("name_slug", a.appSlug())
                    .add("auth_type", a.authType().wire()));
        }
        Renders.addNullable(b, "owner_id", a.ownerId());
        b.add("shared", a.shared());
        Renders.addNullable(b, "scopes", a.scopes());
        Renders.addTime(b, "expires_at", a.expiresAt());
        Renders.addTime(b, "last_refreshed_at", a.lastRefreshAt());
        Renders.addNullable(b, "last_error", a.lastError());
        Renders.addTime(b, "last_error_at", a.lastErrorAt());
        Renders.addTime(b, "created_at", a.createdAt());
        Renders.addTime(b, "updated_at", a.updatedAt());
        if (view.credentialsJson() != null) {
            Renders.addJson(b, "credentials", view.credentialsJson());
        }
        return b;
    }
}
