package io.millrace.application.operations;

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
 * reads ids from here and deletes them in short transactions of their own; each call reads afresh, so what a
 * chunk deleted is not read again. Executions still running are never chosen.
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

    /** At most {@code limit} ids of the workflow's executions its settings let go at {@code nowMs}, oldest first. */
    public List<String> expired(String workflowId, long nowMs, int limit) {
        RetentionSettings r = workflows.workflow(null, workflowId).map(this::settings).orElse(null);
        if (r == null || !r.limited()) {
            return List.of();
        }
        long before = r.ageCutoff(nowMs);
        if (r.count() != null) {
            Long newestKept = executions.createdAtOfNewest(workflowId, r.count());
            if (newestKept != null) {
                before = Math.max(before, newestKept);
            }
        }
        return before == Long.MIN_VALUE ? List.of() : executions.finishedOfWorkflowBefore(workflowId, before, limit);
    }

    private RetentionSettings settings(Workflow w) {
        return w.deploymentId() == null ? new RetentionSettings(null, null, true, true)
                : workflows.deployment(w.deploymentId()).map(d -> d.retention())
                .orElse(new RetentionSettings(null, null, true, true));
    }
}
