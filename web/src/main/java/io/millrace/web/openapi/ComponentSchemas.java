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
        @Schema(description = "SHA-256 hex of code (for a package, code holds all its files, its entry and its npm versions)")
        public String code_hash;
        @Schema(nullable = true, description = "a package's entry file (packages only)")
        public String entry;
        @Schema(nullable = true, description = "a package's files, path to code (packages only)")
        public Map<String, String> files;
        @Schema(nullable = true, description = "a package's npm packages, name (or install path) to exact version (packages only)")
        public Map<String, String> packages;
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

    @Schema(name = "NewComponent", description = "One of component_code, files (with entry), archive (with entry) or"
            + " npm (with entry), and/or component_url; the code given wins over the URL (then kept as metadata)")
    public static class NewComponent {
        @Schema(description = "the component's JavaScript module")
        public String component_code;
        @Schema(description = "an http(s) URL to fetch the code from (its relative imports are fetched from the same"
                + " base URL), or a registry key (registry:<key> or a bare key)")
        public String component_url;
        @Schema(description = "a component package: file path inside the package to its code")
        public Map<String, String> files;
        @Schema(description = "the path of the component's file inside files, archive or the npm package")
        public String entry;
        @Schema(description = "a component package as a zip or tar.gz archive, in base64")
        public String archive;
        @Schema(description = "an npm package holding the component: name or name@range", example = "@acme/components@^1.0.0")
        public String npm;
    }

    @Schema(name = "ComponentSearch", description = "Registry keys, best matches first (not wrapped in data)")
    public static class ComponentSearch {
        public List<String> sources;
        public List<String> actions;
    }
}
