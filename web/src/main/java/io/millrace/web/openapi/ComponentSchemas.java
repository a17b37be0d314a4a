package io.millrace.web.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Saved components and Millrace's component registry. */
public final class ComponentSchemas {
    private ComponentSchemas() {
    }

    @Schema(name = "Component")
    public static class Component {
        @Schema(example = "sc_JDi8EB4q")
        public String id;
        public String code;
        @Schema(description = "SHA-256 hex of code")
        public String code_hash;
        @Schema(nullable = true, description = "the declared name, else the key")
        public String name;
        @Schema(nullable = true)
        public String version;
        @Schema(description = "the declared props in declaration order: name, type and what the code declares"
                + " (label, description, optional, default, min, max, options, secret, …)")
        public List<Map<String, Object>> configurable_props;
        @Schema(description = "epoch seconds")
        public long created_at;
        @Schema(description = "epoch seconds")
        public long updated_at;
    }

    @Schema(name = "ComponentData")
    public static class ComponentData {
        public Component data;
    }

    @Schema(name = "NewComponent", description = "component_code and/or component_url; code wins when both are"
            + " given (the URL is then kept as metadata)")
    public static class NewComponent {
        @Schema(description = "the component's JavaScript module")
        public String component_code;
        @Schema(description = "an http(s) URL to fetch the code from, or a registry path (registry:<key>, a bare"
                + " registry key, a path in Pipedream's components layout)")
        public String component_url;
    }

    @Schema(name = "ComponentSearch", description = "Registry keys, best matches first (not wrapped in data)")
    public static class ComponentSearch {
        public List<String> sources;
        public List<String> actions;
    }
}
