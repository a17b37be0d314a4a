package io.millrace.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Environment variables of workspaces and projects, and administration jobs. */
public final class EnvVarSchemas {
    private EnvVarSchemas() {
    }

    @Schema(name = "EnvVar")
    public record EnvVar(
            @Schema(example = "ev_3BXfWOab") String id,
            String key,
            @Schema(nullable = true, description = "always null for a secret") String value,
            @Schema(nullable = true) String description,
            boolean secret,
            long created_at,
            long updated_at) {
    }

    @Schema(name = "EnvVarData")
    public record EnvVarData(EnvVar data) {
    }

    @Schema(name = "EnvVarList")
    public record EnvVarList(CommonSchemas.PageInfo page_info, List<EnvVar> data) {
    }

    @Schema(name = "EnvVarChange", description = "on create key and value are required; secret defaults to true")
    public record EnvVarChange(String key, String value, @Schema(nullable = true) String description, Boolean secret) {
    }

    @Schema(name = "Job")
    public record Job(long id, @Schema(description = "Jakarta Batch status, e.g. STARTING, COMPLETED") String status) {
    }

    @Schema(name = "JobData")
    public record JobData(Job data) {
    }
}
