package io.millrace.application.execution;

import io.millrace.application.project.ProjectAccess;
import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionRepository;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowRepository;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Quoted;
import io.millrace.shared.TimeParameters;
import io.millrace.domain.execution.HistoryFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import jakarta.inject.Inject;

/**
 * Reading execution history, outside transactions. Executions of another workspace's workflows are
 * not found.
 */
@ApplicationScoped
public class ExecutionQueries {
    @Inject
    ProjectAccess projectAccess;
    /** The most replays an execution lists. */
    static final int MAX_REPLAYS_SHOWN = 100;

    @Inject
    ExecutionRepository executions;
    @Inject
    WorkflowRepository workflows;
    @Inject
    Dispatcher dispatcher;

    public ExecutionView get(User caller, String executionId) {
        Execution execution = executions.execution(executionId)
                .filter(e -> workflows.ownerOf(e.workflowId()).filter(caller.workspaceId()::equals).isPresent())
                .filter(e -> projectAccess.sees(workflows.projectOf(e.workflowId()).orElse(null)))
                .orElseThrow(() -> new NotFoundException("execution " + Quoted.value(executionId) + " not found"));
        return new ExecutionView(execution, executions.stepRuns(executionId), executions.replaysOf(executionId, MAX_REPLAYS_SHOWN));
    }

    /** The workflow's queue now. */
    public QueueView queue(User caller, String workflowId) {
        Workflow workflow = visibleWorkflow(caller, workflowId)
                .orElseThrow(() -> new NotFoundException("workflow " + Quoted.value(workflowId) + " not found"));
        return new QueueView(workflow, dispatcher.controls(workflow), executions.queueCounts(workflowId));
    }

    /**
     * The workspace's execution history, without step results, newest first: {@code statuses} a comma-separated
     * list of statuses, {@code since}/{@code until} ISO-8601 times or dates (created at or after, before).
     */
    public Page<Execution> history(User caller, String statuses, String workflowId, String since, String until,
                                   PageRequest page) {
        return executions.history(caller.workspaceId(), historyFilter(caller, statuses, workflowId, since, until), page);
    }

    /** How many executions per status the same history holds; every status is named, 0 when none. */
    public Map<ExecutionStatus, Long> historyCounts(User caller, String statuses, String workflowId,
                                                             String since, String until) {
        Map<ExecutionStatus, Long> counts = new EnumMap<>(ExecutionStatus.class);
        for (ExecutionStatus status : ExecutionStatus.values()) {
            counts.put(status, 0L);
        }
        counts.putAll(executions.historyCounts(caller.workspaceId(),
                historyFilter(caller, statuses, workflowId, since, until)));
        return counts;
    }

    private HistoryFilter historyFilter(User caller, String statuses, String workflowId, String since, String until) {
        Set<ExecutionStatus> wanted = new LinkedHashSet<>();
        if (statuses != null && !statuses.isEmpty()) {
            for (String name : statuses.split(",", -1)) {
                ExecutionStatus status = ExecutionStatus.fromWireName(name.trim());
                if (status == null) {
                    throw new InvalidInputException("status", "unknown status " + Quoted.of(name)
                            + " (queued, executing, success, error, timeout, paused, cancelled, comma-separated)");
                }
                wanted.add(status);
            }
        }
        if (workflowId != null && visibleWorkflow(caller, workflowId).isEmpty()) {
            throw new NotFoundException("workflow " + Quoted.value(workflowId) + " not found");
        }
        Long from = TimeParameters.epochMillis(since, "since");
        Long to = TimeParameters.epochMillis(until, "until");
        if (from != null && to != null && to < from) {
            throw new InvalidInputException("until", "until is before since");
        }
        return new HistoryFilter(wanted, workflowId, from, to, projectAccess.hidden().ids());
    }

    private java.util.Optional<Workflow> visibleWorkflow(User caller, String workflowId) {
        return projectAccess.visible(workflows.workflow(caller.workspaceId(), workflowId), Workflow::projectId);
    }

    /** Executions without their step results, newest first. */
    public Page<Execution> list(User caller, String workflowId, String status, PageRequest page) {
        visibleWorkflow(caller, workflowId)
                .orElseThrow(() -> new NotFoundException("workflow " + Quoted.value(workflowId) + " not found"));
        ExecutionStatus wanted = null;
        if (status != null) {
            wanted = ExecutionStatus.fromWireName(status);
            if (wanted == null) {
                throw new InvalidInputException("status", "unknown status " + Quoted.of(status)
                        + " (queued, executing, success, error, timeout, paused, cancelled)");
            }
        }
        return executions.executions(workflowId, wanted, page);
    }
}
