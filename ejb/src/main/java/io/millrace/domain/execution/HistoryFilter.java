package io.millrace.domain.execution;

import java.util.Set;

/**
 * What a workspace's execution history is narrowed to; every part is optional (empty or null: no condition).
 * The history list, its counts, the bulk delete by filter and other "by filter" work all take this one record;
 * {@code application.execution.HistoryFilterParser} builds it from request parameters.
 *
 * @param statuses       the statuses wanted
 * @param workflowIds    only these workflows' executions
 * @param projectIds     only executions of workflows in these projects
 * @param triggerTypes   only executions started by these kinds of trigger
 * @param replayed       true: only replays; false: only executions that are not replays
 * @param errorText      only executions whose error name or message contains this text, lower-case
 *                       ({@link ErrorText#searchable})
 * @param since          began (created) at or after this epoch ms
 * @param until          began (created) before this epoch ms
 * @param hiddenProjects projects whose workflows' executions are left out (the caller may not see them)
 */
public record HistoryFilter(Set<ExecutionStatus> statuses, Set<String> workflowIds, Set<String> projectIds,
                            Set<TriggerType> triggerTypes, Boolean replayed, String errorText, Long since, Long until,
                            Set<String> hiddenProjects) {
    public HistoryFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        workflowIds = workflowIds == null ? Set.of() : Set.copyOf(workflowIds);
        projectIds = projectIds == null ? Set.of() : Set.copyOf(projectIds);
        triggerTypes = triggerTypes == null ? Set.of() : Set.copyOf(triggerTypes);
        hiddenProjects = hiddenProjects == null ? Set.of() : Set.copyOf(hiddenProjects);
        errorText = errorText == null || errorText.isEmpty() ? null : errorText;
    }

    /** The filter of the first history API: statuses, one workflow (or null), a time range. */
    public HistoryFilter(Set<ExecutionStatus> statuses, String workflowId, Long since, Long until,
                         Set<String> hiddenProjects) {
        this(statuses, workflowId == null ? Set.of() : Set.of(workflowId), Set.of(), Set.of(), null, null, since,
                until, hiddenProjects);
    }

    /** Everything the caller may see. */
    public static HistoryFilter none(Set<String> hiddenProjects) {
        return new HistoryFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, null, hiddenProjects);
    }

    /** Whether anything but the hidden projects narrows the history. */
    public boolean narrows() {
        return !statuses.isEmpty() || !workflowIds.isEmpty() || !projectIds.isEmpty() || !triggerTypes.isEmpty()
                || replayed != null || errorText != null || since != null || until != null;
    }

    /** This filter with the projects the caller may not see. */
    public HistoryFilter hiding(Set<String> hidden) {
        return new HistoryFilter(statuses, workflowIds, projectIds, triggerTypes, replayed, errorText, since, until,
                hidden);
    }

    /** This filter with only these statuses (replacing its own). */
    public HistoryFilter withStatuses(Set<ExecutionStatus> wanted) {
        return new HistoryFilter(wanted, workflowIds, projectIds, triggerTypes, replayed, errorText, since, until,
                hiddenProjects);
    }

    /** This filter beginning no earlier than {@code bound} (epoch ms, inclusive). */
    public HistoryFilter sinceAtLeast(long bound) {
        return new HistoryFilter(statuses, workflowIds, projectIds, triggerTypes, replayed, errorText,
                since == null ? bound : Math.max(since, bound), until, hiddenProjects);
    }

    /** This filter ending no later than {@code bound} (epoch ms, exclusive): what existed at a moment. */
    public HistoryFilter untilAtMost(long bound) {
        return new HistoryFilter(statuses, workflowIds, projectIds, triggerTypes, replayed, errorText, since,
                until == null ? bound : Math.min(until, bound), hiddenProjects);
    }
}
