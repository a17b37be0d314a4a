package io.millrace.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The audit log of a workspace. */
public final class AuditSchemas {
    private AuditSchemas() {
    }

    @Schema(name = "AuditActor")
    public static class AuditActor {
        @Schema(enumeration = {"user", "api_key", "oauth_client", "system"})
        public String type;
        @Schema(nullable = true, description = "user id, API key id or OAuth client id; null for the system")
        public String id;
        @Schema(nullable = true)
        public String name;
    }

    @Schema(name = "AuditTarget")
    public static class AuditTarget {
        @Schema(example = "workflow")
        public String type;
        @Schema(example = "p_abc123")
        public String id;
    }

    @Schema(name = "AuditEvent")
    public static class AuditEvent {
        @Schema(example = "ae_Xy12AbCd")
        public String id;
        public String org_id;
        @Schema(description = "ISO-8601, UTC", example = "2026-12-07T10:15:30.123Z")
        public String occurred_at;
        @Schema(example = "workflow.deployed", description = "see docs/api.md, Audit log, for every action")
        public String action;
        public AuditActor actor;
        public AuditTarget target;
        @Schema(nullable = true, description = "the client's address; null outside a request")
        public String source_address;
        @Schema(description = "a small JSON object; never a secret value")
        public java.util.Map<String, Object> details;
    }

    @Schema(name = "AuditEventList")
    public static class AuditEventList {
        public CommonSchemas.PageInfo page_info;
        public List<AuditEvent> data;
    }
}
