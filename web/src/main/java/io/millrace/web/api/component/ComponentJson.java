package io.millrace.web.api.component;

import io.millrace.web.api.support.Renders;
import io.millrace.domain.component.Component;
import io.millrace.runtime.ComponentPackage;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObjectBuilder;

/**
 * A component as the seed shows it: {@code id}, {@code code}, {@code code_hash}, {@code name},
 * {@code version}, {@code configurable_props}, {@code created_at}, {@code updated_at} (epoch seconds); a
 * component package also shows its {@code entry}, {@code files} and pinned npm {@code packages}.
 */
final class ComponentJson {
    private ComponentJson() {
    }

    static JsonObjectBuilder render(Component c) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("id", c.id())
                .add("code", c.code())
                .add("code_hash", c.codeHash());
        if (ComponentPackage.isPackage(c.code())) {
            ComponentPackage pkg = ComponentPackage.decode(c.code());
            JsonObjectBuilder files = Jsonp.createObjectBuilder();
            pkg.files().forEach(files::add);
            JsonObjectBuilder npm = Jsonp.createObjectBuilder();
            pkg.npm().forEach(npm::add);
            b.add("entry", pkg.entry()).add("files", files).add("packages", npm);
        }
        Renders.addNullable(b, "name", c.name() != null ? c.name() : c.key());
        Renders.addNullable(b, "version", c.version());
        return b.add("configurable_props", JsonText.parse(c.configurablePropsJson()))
                .add("created_at", Renders.seconds(c.createdAt()))
                .add("updated_at", Renders.seconds(c.createdAt()));
    }
}
