package io.millrace.application.operations;

import io.millrace.domain.execution.ExecutionKey;
import io.millrace.domain.execution.ExecutionRepository;
import io.millrace.domain.workflow.RetentionSettings;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What each workflow's retention settings let go: finished executions that began more than {@code retention_days}
 * ago, or before the {@code retention_count}-th newest one (both limits apply when both are set). The purge job
 * reads them from here in keyset order and deletes them in short transactions of their own. Executions still
 * running are never chosen.
 */
@ApplicationScoped
public class WorkflowRetention {
    private static final int PAGE = 200;

    @Inject
    WorkflowRepository workflows;
    @Inject
    ExecutionRepository executions;

    /** The next workflow after {@code afterId} (null: the first) whose live settings limit retention, or null. */
    public String nextLimited(String afterId) {
        String after = afterId;
        while (true) {
            List<Workflow> page = workflows.after(after, PAGE);
            for (Workflow w : page) {
                if (settings(w).limited()) {
                    return w.id();
                }
            }
            if (page.size() < PAGE) {
                return null;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    /**
     * Before when (epoch ms, {@code createdAt}) the workflow's finished executions may go at {@code nowMs}, or
     * {@link Long#MIN_VALUE} when its settings keep everything. Computed once per workflow and job run: the
     * {@code retention_count}-th newest execution is found by one index scan, which a long history makes costly.
     */
    public long cutoff(String workflowId, long nowMs) {
        RetentionSettings r = workflows.workflow(null, workflowId).map(this::settings).orElse(null);
        if (r == null || !r.limited()) {
            return Long.MIN_VALUE;
        }
        long before = r.ageCutoff(nowMs);
        if (r.count() != null) {
            Long newestKept = executions.createdAtOfNewest(workflowId, r.count());
            if (newestKept != null) {
                before = Math.max(before, newestKept);
            }
        }
        return before;
    }

    /**
     * At most {@code limit} of the workflow's finished executions that began before {@code cutoff}, after
     * {@code after} (keyset order: what a chunk not yet committed read is never read twice), oldest first.
     */
    public List<ExecutionKey> expired(String workflowId, long cutoff, ExecutionKey after, int limit) {
        return cutoff == Long.MIN_VALUE ? List.of()
                : executions.finishedOfWorkflowBefore(workflowId, cutoff, after, limit);
    }

    private RetentionSettings settings(Workflow w) {
        return w.deploymentId() == null ? new RetentionSettings(null, null, true, true)
                : workflows.deployment(w.deploymentId()).map(d -> d.retention())
                .orElse(new RetentionSettings(null, null, true, true));
    }
}
