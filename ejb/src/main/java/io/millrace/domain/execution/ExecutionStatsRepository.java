package io.millrace.domain.execution;

import java.util.List;
import java.util.Set;

/**
 * Aggregates of a workspace's executions for its dashboard, each computed by the database (GROUP BY), never by
 * reading rows: counts per hour, the slowest and most failing workflows, and the queues. Executions of deleted
 * workflows and of {@code hidden} projects are left out.
 */
public interface ExecutionStatsRepository {
    /** Executions that began in one hour (UTC; {@code hour} is epoch ms / 3,600,000), and how many of them failed. */
    record HourCount(long hour, long executions, long errors) {
    }

    /** A workflow's finished executions (with a start) and their run time, from start to finish. */
    record WorkflowTiming(String workflowId, long finished, long averageMs, long longestMs) {
    }

    /** A workflow's executions and how many of them failed (error or timeout). */
    record WorkflowFailures(String workflowId, long executions, long errors) {
    }

    /** A workflow's open executions: waiting at its gate, let through, running, paused. */
    record WorkflowQueue(String workflowId, long queued, long dispatched, long executing, long paused) {
        public long total() {
            return queued + dispatched + executing + paused;
        }
    }

    /** Per hour with executions that began at or after {@code since} (epoch ms), oldest first. */
    List<HourCount> hourly(String workspaceId, Set<String> hidden, long since);

    /** Per workflow with executions that began at or after {@code since} and finished. */
    List<WorkflowTiming> timings(String workspaceId, Set<String> hidden, long since);

    /** Per workflow with failed executions that began at or after {@code since}. */
    List<WorkflowFailures> failures(String workspaceId, Set<String> hidden, long since);

    /** Per workflow with open executions (whenever they began). */
    List<WorkflowQueue> queues(String workspaceId, Set<String> hidden);
}
