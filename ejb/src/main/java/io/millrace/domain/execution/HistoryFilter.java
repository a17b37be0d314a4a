package io.millrace.domain.execution;

import java.util.Set;

/**
 * What a workspace's execution history is narrowed to; every part is optional.
 *
 * @param statuses   the statuses wanted (empty: all)
 * @param workflowId one workflow, or null for all of the workspace's
 * @param since      created at or after this epoch ms, or null
 * @param until      created before this epoch ms, or null
 * @param hiddenProjects projects whose workflows' executions are left out (the caller may not see them)
 */
public record HistoryFilter(Set<ExecutionStatus> statuses, String workflowId, Long since, Long until,
                            Set<String> hiddenProjects) {
    public HistoryFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        hiddenProjects = hiddenProjects == null ? Set.of() : Set.copyOf(hiddenProjects);
    }
}
