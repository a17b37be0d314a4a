package io.millrace.web.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A workflow's versions, their differences, its draft, workflow files and project archives. */
public final class VersionSchemas {
    private VersionSchemas() {
    }

    @Schema(name = "WorkflowVersion", description = "One deploy of a workflow; the definition fields only in GET …/versions/{version}")
    public static class Version {
        public int version;
        @Schema(example = "d_EjFfEVXC")
        public String deployment_id;
        public String workflow_id;
        @Schema(nullable = true, description = "the user who deployed it (null for versions from before authors were kept)")
        public String author_id;
        @Schema(nullable = true)
        public String message;
        @Schema(description = "whether this is the version that runs now")
        public boolean live;
        public long created_at;
        public String name;
        public List<Map<String, Object>> triggers;
        public List<Map<String, Object>> steps;
        public Map<String, Object> settings;
    }

    @Schema(name = "WorkflowVersionData")
    public static class VersionData {
        public Version data;
    }

    @Schema(name = "WorkflowVersionList")
    public static class VersionList {
        public CommonSchemas.PageInfo page_info;
        public List<Version> data;
    }

    @Schema(name = "WorkflowDraft", description = "Saved, checked, undeployed changes of a workflow")
    public static class Draft {
        public String workflow_id;
        @Schema(description = "the live version when the draft was last saved")
        public int base_version;
        @Schema(nullable = true)
        public String author_id;
        @Schema(nullable = true)
        public String message;
        public long created_at;
        public long updated_at;
        public String name;
        public List<Map<String, Object>> triggers;
        public List<Map<String, Object>> steps;
        public Map<String, Object> settings;
    }

    @Schema(name = "WorkflowDraftData")
    public static class DraftData {
        public Draft data;
    }

    @Schema(name = "DeployMessage")
    public static class DeployMessage {
        @Schema(nullable = true, description = "what the deploy changes (at most 1000 characters)")
        public String message;
    }

    @Schema(name = "WorkflowRollback")
    public static class Rollback {
        @Schema(required = true, description = "the version to copy", minimum = "1")
        public int version;
        @Schema(nullable = true, description = "default: rollback to version N")
        public String message;
    }

    @Schema(name = "WorkflowDiff", description = "What changed from version `from` to version `to` (docs/api.md, Versions)")
    public static class Diff {
        public int from;
        public int to;
        @Schema(description = "whether anything differs")
        public boolean changed;
        @Schema(nullable = true, description = "{from, to} when the name changed")
        public Map<String, Object> name;
        @Schema(description = "{added: [trigger], removed: [trigger]}")
        public Map<String, Object> triggers;
        @Schema(description = "{added: {…}, removed: {…}, changed: {setting: {from, to}}}")
        public Map<String, Object> settings;
        @Schema(description = "{added, removed, renamed, moved, changed}: lists; a changed step has fields, values"
                + " ({field: {from, to}}) and code_diff (a unified diff, or null)")
        public Map<String, Object> steps;
    }

    @Schema(name = "WorkflowDiffData")
    public static class DiffData {
        public Diff data;
    }

    @Schema(name = "WorkflowFile", description = "A workflow file (docs/workflow-format.md): what POST /v1/workflows/import takes")
    public static class WorkflowFile {
        public String name;
        public boolean active;
        public List<Map<String, Object>> triggers;
        public List<Map<String, Object>> steps;
        public Map<String, Object> settings;
    }
}
