package io.millrace.web.api.identity;

import io.millrace.application.identity.UserView;
import jakarta.json.JsonObjectBuilder;

/** The user as {@code GET /v1/users/me} shows it, also answered by {@code POST /login}. */
public final class UserJson {
    private UserJson() {
    }

    public static JsonObjectBuilder me(UserView view, boolean twoFactorEnabled) {
        return WorkspaceJson.me(view).add("two_factor_enabled", twoFactorEnabled);
    }
}
