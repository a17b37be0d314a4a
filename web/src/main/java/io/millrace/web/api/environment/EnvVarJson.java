package io.millrace.web.api.environment;

import io.millrace.web.api.support.Renders;
import io.millrace.application.environment.EnvVarView;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObjectBuilder;

/** An environment variable as the API shows it; a secret's value is always null. */
final class EnvVarJson {
    private EnvVarJson() {
    }

    static JsonObjectBuilder render(EnvVarView v) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", v.id()).add("key", v.key());
        Renders.addNullable(b, "value", v.value());
        Renders.addNullable(b, "description", v.description());
        return b.add("secret", v.secret())
                .add("created_at", Renders.seconds(v.createdAt()))
                .add("updated_at", Renders.seconds(v.updatedAt()));
    }
}
