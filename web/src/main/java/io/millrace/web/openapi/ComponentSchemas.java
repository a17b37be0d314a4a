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

    @Schema(name = "PropsConfigureRequest", description = "POST /v1/components/configure: one prop's options")
    public static class PropsConfigureRequest {
        @Schema(description = "the component: a key or sc_ id of the workspace, or a registry key", example = "sc_JDi8EB4q")
        public String id;
        @Schema(description = "the prop whose options to list")
        public String prop_name;
        @Schema(description = "the props configured so far, by name (an app prop's value may carry $auth)")
        public Map<String, Object> configured_props;
        @Schema(nullable = true, description = "the page options() gets (0 first)")
        public Integer page;
        @Schema(nullable = true, description = "the context the previous answer returned")
        public Map<String, Object> prev_context;
        @Schema(nullable = true, description = "what the user typed (props with useQuery)")
        public String query;
    }

    @Schema(name = "PropsReloadRequest", description = "POST /v1/components/props: the props after additionalProps()")
    public static class PropsReloadRequest {
        @Schema(description = "the component: a key or sc_ id of the workspace, or a registry key", example = "sc_JDi8EB4q")
        public String id;
        @Schema(description = "the props configured so far, by name")
        public Map<String, Object> configured_props;
    }

    @Schema(name = "PropsConfigureAnswer")
    public static class PropsConfigureAnswer {
        @Schema(description = "what the component logged: {k: \"console.log\", msg}")
        public List<Map<String, Object>> observations;
        @Schema(nullable = true, description = "pass as prev_context to get the next page")
        public Map<String, Object> context;
        @Schema(description = "strings, or {label, value} objects")
        public List<Object> options;
        @Schema(description = "errors thrown by the component's code")
        public List<String> errors;
        @Schema(nullable = true, description = "always null in Millrace")
        public List<String> stringOptions;
    }

    @Schema(name = "DynamicProps")
    public static class DynamicProps {
        @Schema(nullable = true, description = "null: Millrace recomputes additional props on every call")
        public String id;
        @Schema(description = "the props, as configurable_props")
        public List<Map<String, Object>> configurableProps;
    }

    @Schema(name = "PropsReloadAnswer")
    public static class PropsReloadAnswer {
        public List<Map<String, Object>> observations;
        public List<String> errors;
        @Schema(nullable = true, description = "null when the component's code failed (see errors)")
        public DynamicProps dynamicProps;
    }
}
