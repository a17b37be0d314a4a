package io.millrace.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bulk replays: the request and the replay job. */
public final class ReplaySchemas {
    private ReplaySchemas() {
    }

    @Schema(name = "NewReplay", description = "Which executions to replay: execution_ids, or a filter naming at least"
            + " one condition (not both)")
    public static class NewReplay {
        @Schema(minItems = 1, maxItems = 1000, description = "executions of the caller's workspace")
        public List<String> execution_ids;
        public HistorySchemas.HistoryFilter filter;
    }

    @Schema(name = "ReplayProblem", description = "An execution that was not replayed, and why")
    public static class ReplayProblem {
        public String execution_id;
        @Schema(enumeration = {"failed", "skipped"})
        public String outcome;
        public String reason;
    }

    @Schema(name = "ReplayJob", description = "A bulk replay and its progress")
    public static class ReplayJob {
        @Schema(example = "rpl_Ab3dE9xQ")
        public String id;
        @Schema(enumeration = {"starting", "running", "stopping", "stopped", "completed", "failed", "abandoned"})
        public String status;
        @Schema(enumeration = {"ids", "filter"})
        public String selected_by;
        @Schema(nullable = true, description = "the filter, normalised (by filter only)")
        public HistorySchemas.HistoryFilter filter;
        @Schema(description = "executions in the selection, frozen at the start")
        public int total;
        @Schema(description = "replayed")
        public int done;
        @Schema(description = "not replayed: the workflow was not active")
        public int failed;
        @Schema(description = "not replayed: the execution or its workflow was deleted, or it has no stored event")
        public int skipped;
        @Schema(description = "not handled yet")
        public int pending;
        @Schema(description = "items handled per second since the job last (re)started")
        public double rate_per_second;
        @Schema(nullable = true, description = "ISO-8601; while running, at the current rate")
        public String estimated_end_at;
        public String created_at;
        @Schema(description = "the id of the user who started it")
        public String created_by;
        @Schema(nullable = true, description = "when it last (re)started")
        public String started_at;
        @Schema(nullable = true)
        public String finished_at;
        public String updated_at;
        @Schema(description = "the first failed and skipped executions (at most 20; empty in lists)")
        public List<ReplayProblem> problems;
    }

    @Schema(name = "ReplayJobData")
    public static class ReplayJobData {
        public ReplayJob data;
    }

    @Schema(name = "ReplayJobList")
    public static class ReplayJobList {
        public CommonSchemas.PageInfo page_info;
        public List<ReplayJob> data;
    }
}
