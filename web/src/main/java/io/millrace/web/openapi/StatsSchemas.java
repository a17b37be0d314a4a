package io.millrace.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The workspace dashboard's figures ({@code GET /v1/workspaces/{org_id}/stats}). */
public final class StatsSchemas {
    private StatsSchemas() {
    }

    @Schema(name = "StatsHour", description = "The executions that began in one hour (UTC) and how many failed")
    public static class StatsHour {
        @Schema(description = "ISO-8601, UTC, the start of the hour", example = "2026-12-07T10:00:00Z")
        public String start;
        public long executions;
        @Schema(description = "executions that ended in error or timed out")
        public long errors;
    }

    @Schema(name = "StatsQueue", description = "Open executions: waiting at the gate, let through, running, paused")
    public static class StatsQueue {
        public String workflow_id;
        public String name;
        public long queued;
        public long dispatched;
        public long in_flight;
        public long paused;
    }

    @Schema(name = "StatsQueues", description = "The workspace's open executions now, and its fullest queues (at most 10)")
    public static class StatsQueues {
        public long queued;
        public long dispatched;
        public long in_flight;
        public long paused;
        public List<StatsQueue> workflows;
    }

    @Schema(name = "StatsSlowWorkflow", description = "A workflow's run time (start to finish) over the range")
    public static class StatsSlowWorkflow {
        public String workflow_id;
        public String name;
        @Schema(description = "finished executions counted")
        public long executions;
        public long average_duration_ms;
        public long longest_duration_ms;
    }

    @Schema(name = "StatsFailingWorkflow", description = "A workflow's failed executions over the range")
    public static class StatsFailingWorkflow {
        public String workflow_id;
        public String name;
        public long executions;
        public long errors;
        @Schema(description = "errors / executions, 0 to 1, three decimals")
        public double error_rate;
    }

    @Schema(name = "WorkspaceStats")
    public static class WorkspaceStats {
        @Schema(enumeration = {"24h", "7d"})
        public String range;
        @Schema(description = "ISO-8601, UTC: the start of the first hour")
        public String since;
        @Schema(description = "ISO-8601, UTC: now")
        public String until;
        @Schema(description = "executions that began in the range")
        public long executions;
        @Schema(description = "of those, the ones that ended in error or timed out")
        public long errors;
        @Schema(description = "every hour of the range, oldest first (24 or 168)")
        public List<StatsHour> hours;
        public StatsQueues queues;
        @Schema(description = "the highest average run time first, at most 5")
        public List<StatsSlowWorkflow> slowest;
        @Schema(description = "the most errors first, at most 5")
        public List<StatsFailingWorkflow> most_failing;
    }

    @Schema(name = "WorkspaceStatsData")
    public static class WorkspaceStatsData {
        public WorkspaceStats data;
    }
}
