package io.millrace.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Environment variables of workspaces and projects. */
public final class EnvVarSchemas {
    private EnvVarSchemas() {
    }

    @Schema(name = "EnvVar")
    public static class EnvVar {
        @Schema(example = "ev_3BXfWOab")
        public String id;
        public String key;
        @Schema(nullable = true, description = "always null for a secret")
        public String value;
        @Schema(nullable = true)
        public String description;
        public boolean secret;
        public long created_at;
        public long updated_at;
    }

    @Schema(name = "EnvVarData")
    public static class EnvVarData {
        public EnvVar data;
    }

    @Schema(name = "EnvVarList")
    public static class EnvVarList {
        public CommonSchemas.PageInfo page_info;
        public List<EnvVar> data;
    }

    @Schema(name = "EnvVarChange", description = "on create key and value are required; secret defaults to true")
    public static class EnvVarChange {
        public String key;
        public String value;
        @Schema(nullable = true)
        public String description;
        public Boolean secret;
    }
}
