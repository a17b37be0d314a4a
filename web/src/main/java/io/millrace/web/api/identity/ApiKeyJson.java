package io.millrace.web.api.identity;

import io.millrace.application.identity.ApiKeyView;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Renders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** Named API keys as the API shows them. */
final class ApiKeyJson {
    private ApiKeyJson() {
    }

    /** {@code api_key} only when the view carries it (creation and rotation). */
    static JsonObjectBuilder key(ApiKeyView k) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", k.id()).add("user_id", k.userId())
                .add("name", k.name());
        Renders.addNullable(b, "hint", k.hint());
        if (k.apiKey() != null) {
            b.add("api_key", k.apiKey());
        }
        b.add("created_at", Renders.seconds(k.createdAt()));
        if (k.lastUsedAt() == null) {
            b.addNull("last_used_at");
        } else {
            b.add("last_used_at", Renders.seconds(k.lastUsedAt()));
        }
        return b;
    }

    static JsonArrayBuilder keys(List<ApiKeyView> keys) {
        JsonArrayBuilder a = Jsonp.createArrayBuilder();
        keys.forEach(k -> a.add(key(k)));
        return a;
    }
}
