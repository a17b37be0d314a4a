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
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
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
    @Inject
    HistoryFilters historyFilters;

    public ExecutionView get(User caller, String executionId) {
        Execution execution = executions.execution(executionId)
                .filter(e -> workflows.ownerOf(e.workflowId()).filter(caller.workspaceId()::equals).isPresent())
                .filter(e -> projectAccess.sees(workflows.projectOf(e.workflowId()).orElse(null)))
                .orElseThrow(() -> new NotFoundException("execution " + Quoted.value(executionId) + " not found"));
        return new ExecutionView(execution, executions.stepRuns(executionId), executions.replaysOf(executionId, MAX_REPLAYS_SHOWN));
    }

    /** Checks that the caller may read the workflow's executions: 404 for another workspace's or a hidden one. */
    public void checkWorkflow(User caller, String workflowId) {
        visibleWorkflow(caller, workflowId)
                .orElseThrow(() -> new NotFoundException("workflow " + Quoted.value(workflowId) + " not found"));
    }

    /** The workflow's queue now. */
    public QueueView queue(User caller, String workflowId) {
        Workflow workflow = visibleWorkflow(caller, workflowId)
                .orElseThrow(() -> new NotFoundException("workflow " + Quoted.value(workflowId) + " not found"));
        return new QueueView(workflow, dispatcher.controls(workflow), executions.queueCounts(workflowId));
    }

    /** The workspace's execution history that the filter's parameters select, without step results, newest first. */
    public Page<Execution> history(User caller, HistoryParameters parameters, PageRequest page) {
        return executions.history(caller.workspaceId(), historyFilters.of(caller, parameters), page);
    }

    /** How many executions per status the same history holds; every status is named, 0 when none. */
    public Map<ExecutionStatus, Long> historyCounts(User caller, HistoryParameters parameters) {
        Map<ExecutionStatus, Long> counts = new EnumMap<>(ExecutionStatus.class);
        for (ExecutionStatus status : ExecutionStatus.values()) {
            counts.put(status, 0L);
        }
        counts.putAll(executions.historyCounts(caller.workspaceId(), historyFilters.of(caller, parameters)));
        return counts;
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
