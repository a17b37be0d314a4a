package io.millrace.application.execution;

import io.millrace.application.notification.ErrorEvents;
import io.millrace.application.eventing.EventLog;
import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionRepository;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;
import io.millrace.runtime.Emission;
import io.millrace.domain.subscription.Hops;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDeployment;
import io.millrace.domain.workflow.WorkflowRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The short transactions of a running execution: start, store a step result, finish. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ExecutionStore {
    @Inject
    ExecutionRepository executions;
    @Inject
    WorkflowRepository workflows;
    @Inject
    Dispatcher dispatcher;
    @Inject
    ExecutionQueue queue;
    @Inject
    ExecutionMetrics metrics;
    @Inject
    ErrorEvents errorEvents;
    @Inject
    EventLog eventLog;

    /** What a worker needs to run an execution; the workflow is null when it has been deleted. */
    public record Snapshot(Execution execution, Workflow workflow, WorkflowDeployment deployment,
                           List<StepRun> stepRuns) {
    }

    /**
     * Marks the execution executing; empty when it does not exist, has finished, or the message's
     * run token is stale (a rerun superseded it).
     */
    public Optional<Snapshot> start(String executionId, int runToken) {
        Optional<Execution> found = executions.execution(executionId);
        if (found.isEmpty() || !found.get().runnableBy(runToken)) {
            return Optional.empty();
        }
        Execution execution = found.get();
        execution.start(System.currentTimeMillis());
        WorkflowDeployment deployment = workflows.deployment(execution.deploymentId()).orElseThrow();
        deployment.definition();
        Workflow workflow = workflows.workflow(null, execution.workflowId()).orElse(null);
        return Optional.of(new Snapshot(execution, workflow, deployment,
                new ArrayList<>(executions.stepRuns(executionId))));
    }

    /**
     * Sends every dispatched execution that has not started a new message with a new run token, so that
     * messages lost in the broker (see {@code InDoubtDispatches}) cannot leave an execution queued for
     * ever; any earlier message of these executions is then stale and ignored by the runner.
     *
     * @return how many were sent again
     */
    @Transactional
    public int redispatchNotStarted() {
        List<Execution> waiting = executions.dispatchedNotStarted();
        waiting.forEach(e -> queue.enqueue(e.id(), e.newRunToken()));
        return waiting.size();
    }

    /** Stores step results. */
    public void add(List<StepRun> runs) {
        runs.forEach(executions::add);
    }

    /**
     * Stores the results not stored yet and a failed attempt, and schedules the retry: the message arrives after {@code delayMillis}.
     * With {@code notify}, the failure also goes to the workflow's {@code $errors} stream.
     */
    public void pause(List<StepRun> unsaved, StepRun failedAttempt, long delayMillis, boolean notify) {
        unsaved.forEach(executions::add);
        executions.add(failedAttempt);
        executions.execution(failedAttempt.executionId()).ifPresent(e -> {
            e.pause(System.currentTimeMillis() + delayMillis);
            queue.enqueue(e.id(), e.runToken(), delayMillis);
            if (notify) {
                errorEvents.record(e.workflowId(), e.id(), e.eventJson(), e.contextJson(), failedAttempt.errorJson());
            }
        });
    }

    /**
     * Stores the results not stored yet and pauses the execution after a step called {@code $.flow.delay}:
     * its next step runs when the message arrives, {@code delayMillis} from now (or at once on a resume).
     */
    public void delay(List<StepRun> unsaved, String executionId, long delayMillis) {
        unsaved.forEach(executions::add);
        executions.execution(executionId).filter(e -> !e.status().finished()).ifPresent(e -> {
            e.delay(System.currentTimeMillis() + delayMillis);
            queue.enqueue(e.id(), e.runToken(), delayMillis);
        });
    }

    /** Runs a paused execution at once: a new run token supersedes the scheduled retry message. */
    public void rerunNow(String executionId) {
        executions.execution(executionId).filter(e -> e.status() == ExecutionStatus.PAUSED)
                .ifPresent(e -> queue.enqueue(e.id(), e.newRunToken()));
    }

    /**
     * Stores the results not stored yet, ends the execution, and appends the events its steps emitted with
     * {@code $.send.emit} to the workflow's stream, all in one transaction (emits are delivered after the
     * workflow finishes, as in Pipedream).
     */
    public void finish(String executionId, ExecutionStatus status, String errorJson, List<StepRun> unsaved,
                       List<Emission> emissions) {
        unsaved.forEach(executions::add);
        finish(executionId, status, errorJson);
        if (emissions.isEmpty()) {
            return;
        }
        Execution execution = executions.execution(executionId).orElse(null);
        if (execution == null) {
            return;
        }
        int hops = Hops.ofContext(execution.contextJson());
        workflows.workflow(null, execution.workflowId()).ifPresent(w -> {
            for (int i = 0; i < emissions.size(); i++) {
                eventLog.append(w.workspaceId(), w.id(), emissions.get(i), executionId + "-" + i, hops);
            }
        });
    }

    /** Ends the execution and lets the next waiting ones of its workflow through the gate. */
    public void finish(String executionId, ExecutionStatus status, String errorJson) {
        executions.execution(executionId).filter(e -> !e.status().finished()).ifPresent(e -> {
            e.finish(status, errorJson, System.currentTimeMillis());
            metrics.finished(e.workflowId(), status,
                    e.startedAt() == null ? null : e.finishedAt() - e.startedAt());
            if (status == ExecutionStatus.ERROR || status == ExecutionStatus.TIMEOUT) {
                errorEvents.record(e.workflowId(), e.id(), e.eventJson(), e.contextJson(), errorJson);
            }
            workflows.workflow(null, e.workflowId())
                    .filter(w -> dispatcher.controls(w).gated())
                    .ifPresent(w -> dispatcher.dispatch(w.id()));
        });
    }
}
