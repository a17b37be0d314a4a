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

    @Schema(name = "WorkflowDraftChange", description = "Changes to the draft (or, without one, to the live definition):"
            + " any of the definition's fields, as PUT /v1/workflows/{id} takes them")
    public static class DraftChange {
        public String name;
        public List<Map<String, Object>> triggers;
        public List<Map<String, Object>> steps;
        public Map<String, Object> settings;
        @Schema(nullable = true, description = "the message the version gets when the draft is deployed")
        public String message;
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

    @Schema(name = "ProjectArchive", description = "A project as one document (docs/api.md, Project archives)")
    public static class ProjectArchive {
        @Schema(required = true, description = "the archive format: 1", example = "1")
        public int millrace_project;
        @Schema(required = true, description = "the project's name (the new project's, on import without project_id)")
        public String name;
        @Schema(description = "workflow files (WorkflowFile)")
        public List<WorkflowFile> workflows;
        @Schema(description = "{id, name, active, component_code, configured_props}: secret props left out")
        public List<Map<String, Object>> sources;
        @Schema(description = "{name}")
        public List<Map<String, Object>> data_stores;
        @Schema(description = "{key, secret, description}: never a value")
        public List<Map<String, Object>> env_vars;
    }

    @Schema(name = "ProjectImportResult")
    public static class ImportResult {
        public String project_id;
        public boolean project_created;
        @Schema(description = "{name, id, version, result: created | updated | unchanged}")
        public List<Map<String, Object>> workflows;
        @Schema(description = "{name, id, result: created | kept}")
        public List<Map<String, Object>> sources;
        @Schema(description = "{name, result: created | kept}")
        public List<Map<String, Object>> data_stores;
        @Schema(description = "keys the archive lists that neither the project nor the workspace has")
        public List<String> missing_env_vars;
    }

    @Schema(name = "ProjectImportResultData")
    public static class ImportResultData {
        public ImportResult data;
    }
}
