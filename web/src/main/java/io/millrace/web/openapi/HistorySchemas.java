package io.millrace.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The execution history: counts, the filter in a body, bulk deletes, replays from a step. */
public final class HistorySchemas {
    private HistorySchemas() {
    }

    @Schema(name = "ExecutionCounts", description = "Executions of the filtered history per status, and their total")
    public static class ExecutionCounts {
        public long queued;
        public long executing;
        public long success;
        public long error;
        public long timeout;
        public long paused;
        public long cancelled;
        public long total;
    }

    @Schema(name = "ExecutionCountsData")
    public static class ExecutionCountsData {
        public ExecutionCounts data;
    }

    @Schema(name = "HistoryFilter", description = "The history's filter, as the query parameters of GET /v1/executions;"
            + " the lists also take one string, comma-separated")
    public static class HistoryFilter {
        @Schema(description = "statuses: queued, executing, success, error, timeout, paused, cancelled")
        public List<String> status;
        @Schema(description = "workflows of the caller's workspace (at most 100)")
        public List<String> workflow_id;
        @Schema(description = "projects of the caller's workspace (at most 100)")
        public List<String> project_id;
        @Schema(description = "what started the executions: http, source, workflow, email, schedule")
        public List<String> trigger_type;
        @Schema(description = "true: only replays; false: only executions that are not replays")
        public Boolean replayed;
        @Schema(maxLength = 200, description = "text in the error's name or message, any case")
        public String q;
        @Schema(description = "began at or after this ISO-8601 time or date")
        public String since;
        @Schema(description = "began before this ISO-8601 time or date")
        public String until;
    }

    @Schema(name = "ExecutionDeletion", description = "Which executions to delete: ids, or a filter naming at least one"
            + " condition (not both)")
    public static class ExecutionDeletion {
        @Schema(minItems = 1, maxItems = 1000, description = "executions of the caller's workspace")
        public List<String> ids;
        public HistoryFilter filter;
    }

    @Schema(name = "SkippedExecution", description = "An execution left alone because it has not finished")
    public static class SkippedExecution {
        public String id;
        @Schema(enumeration = {"queued", "executing", "paused"})
        public String status;
    }

    @Schema(name = "ExecutionDeletionResult")
    public static class ExecutionDeletionResult {
        @Schema(description = "executions deleted, with their step results")
        public int count;
        @Schema(description = "executions not deleted because they have not finished (by filter: the newest 100)")
        public List<SkippedExecution> skipped;
        @Schema(description = "how many were not deleted because they have not finished")
        public long skipped_count;
    }

    @Schema(name = "ExecutionDeletionResultData")
    public static class ExecutionDeletionResultData {
        public ExecutionDeletionResult data;
    }

    @Schema(name = "ReplayRequest", description = "No body, or {} replays from the start")
    public static class ReplayRequest {
        @Schema(maxLength = 255, description = "a step of the live deployment: the steps before it are not run again,"
                + " their results are reused from the original (they must be unchanged since it ran, and have"
                + " succeeded in it)")
        public String from_step;
    }

    @Schema(name = "TestRequest", description = "No body, or {} tests with the execution's own event")
    public static class TestRequest {
        @Schema(description = "an edited trigger event that runs instead of the execution's own")
        public java.util.Map<String, Object> event;
    }
}
