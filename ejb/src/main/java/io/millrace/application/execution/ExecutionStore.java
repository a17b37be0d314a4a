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
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
    @Inject
    ExecutionFeed feed;

    /**
     * What a worker needs to run an execution; the workflow is null when it has been deleted. The step runs are
     * those stored when the run started, in step order.
     */
    public record Snapshot(Execution execution, Workflow workflow, WorkflowDeployment deployment,
                           List<StepRun> stepRuns) {
    }

    /**
     * Marks the execution executing; empty when it does not exist, has finished, or the message's
     * run token is stale (a rerun superseded it). A paused execution (its delay, retry wait or suspend timeout ran
     * out) is locked first, as {@link #resume} locks it: of a resume and this start at the same moment, exactly one
     * acts (the resume answers "not paused", or this message's token is stale).
     */
    public Optional<Snapshot> start(String executionId, int runToken) {
        Optional<Execution> found = executions.execution(executionId);
        if (found.isPresent() && found.get().status() == ExecutionStatus.PAUSED) {
            found = executions.executionForUpdate(executionId);
        }
        if (found.isEmpty() || !found.get().runnableBy(runToken)) {
            return Optional.empty();
        }
        Execution execution = found.get();
        execution.start(System.currentTimeMillis());
        feed.changed(execution);
        WorkflowDeployment deployment = workflows.deployment(execution.deploymentId()).orElseThrow();
        deployment.definition();
        Workflow workflow = workflows.workflow(null, execution.workflowId()).orElse(null);
        return Optional.of(new Snapshot(execution, workflow, deployment, List.copyOf(executions.stepRuns(executionId))));
    }

    /**
     * What a worker needs to run part of an execution (a parallel branch or loop item it was handed): as
     * {@link #start}, but the execution stays as it is (executing); empty when it has finished or the token is stale.
     */
    public Optional<Snapshot> startPart(String executionId, int runToken) {
        Optional<Execution> found = executions.execution(executionId);
        if (found.isEmpty() || !found.get().runnableBy(runToken)
                || found.get().status() != ExecutionStatus.EXECUTING) {
            return Optional.empty();
        }
        Execution execution = found.get();
        WorkflowDeployment deployment = workflows.deployment(execution.deploymentId()).orElseThrow();
        deployment.definition();
        Workflow workflow = workflows.workflow(null, execution.workflowId()).orElse(null);
        return Optional.of(new Snapshot(execution, workflow, deployment, List.copyOf(executions.stepRuns(executionId))));
    }

    /** The execution's stored step results now, in step order (another worker may have added some). */
    public List<StepRun> results(String executionId) {
        return List.copyOf(executions.stepRuns(executionId));
    }

    /**
     * Hands parallel branches or loop items out: inserts their markers (a marker already stored by another worker
     * fails the whole transaction, so each is handed out once) and queues a message for each of {@code scopes}.
     */
    public void fork(String executionId, int runToken, List<StepRun> markers, List<String> scopes) {
        markers.forEach(executions::insertStepRun);
        scopes.forEach(scope -> queue.enqueuePart(executionId, runToken, scope, 0));
    }

    /**
     * Stores a block's end once its lanes are done, and queues the message that goes on after it (part
     * {@code enclosing}); fails when another worker has stored it (the join is theirs).
     */
    public void join(StepRun end, int runToken, String enclosing) {
        executions.insertStepRun(end);
        queue.enqueuePart(end.executionId(), runToken, enclosing, 0);
    }

    /**
     * Stores the results not stored yet and has the part {@code scope} of the execution (a branch that asked for a
     * delay) run again after {@code delayMillis}; the execution stays executing.
     */
    public void delayPart(List<PendingResult> unsaved, String executionId, int runToken, String scope, long delayMillis) {
        store(unsaved);
        queue.enqueuePart(executionId, runToken, scope, delayMillis);
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

    /**
     * At a start after a crash, before any worker runs: every execution that was executing a workflow with blocks gets
     * a new run token (its earlier messages are then ignored) and new messages: one that runs it whole (it goes on
     * after a block whose join's message was lost) and one per lane handed out (a lane whose message was lost runs;
     * one that finished joins its block or stops). A lane that was waiting (a delay block, {@code $.flow.delay},
     * {@code $.flow.suspend} or {@code $.flow.rerun}) gets its message for the time it had left
     * ({@link io.millrace.orchestrator.LaneWakes}).
     *
     * @return how many executions were sent again
     */
    @Transactional
    public int resumeLanes() {
        int sent = 0;
        long now = System.currentTimeMillis();
        for (Execution e : executions.executing()) {
            WorkflowDeployment deployment = workflows.deployment(e.deploymentId()).orElse(null);
            if (deployment == null || !deployment.definition().hasBlocks()) {
                continue;
            }
            int token = e.newRunToken();
            queue.enqueue(e.id(), token);
            io.millrace.orchestrator.LaneWakes.of(deployment.definition().steps(), executions.stepRuns(e.id()))
                    .forEach((scope, wake) -> queue.enqueuePart(e.id(), token, scope, Math.max(0, wake - now)));
            sent++;
        }
        return sent;
    }

    /** Stores step results. */
    public void add(List<PendingResult> results) {
        store(results);
    }

    /**
     * Stores step results, the last of which had effects, in a run that resumed after an interruption: the steps that
     * may have been running when the server stopped are behind it, so its interruptions no longer count.
     */
    public void addPastInterruption(String executionId, List<PendingResult> results) {
        store(results);
        executions.execution(executionId).ifPresent(Execution::passInterruptions);
    }

    /**
     * Stores the results not stored yet and a failed attempt, and schedules the retry: the message arrives after
     * {@code delayMillis}. With {@code notify}, the failure also goes to the workflow's {@code $errors} stream. When
     * the execution has ended meanwhile (cancelled while its step ran), only the results are stored.
     */
    public void pause(List<PendingResult> unsaved, PendingResult failedAttempt, long delayMillis, boolean notify) {
        store(unsaved);
        store(failedAttempt);
        executions.execution(failedAttempt.run().executionId()).filter(e -> !e.status().finished()).ifPresent(e -> {
            e.pause(System.currentTimeMillis() + delayMillis);
            feed.changed(e);
            queue.enqueue(e.id(), e.runToken(), delayMillis);
            if (notify) {
                errorEvents.record(e.workflowId(), e.id(), storedEvent(e), e.contextJson(), failedAttempt.run().errorJson());
            }
        });
    }

    /**
     * Stores the results not stored yet and pauses the execution after a step called {@code $.flow.delay}:
     * its next step runs when the message arrives, {@code delayMillis} from now (or at once on a resume).
     */
    public void delay(List<PendingResult> unsaved, String executionId, long delayMillis) {
        store(unsaved);
        executions.execution(executionId).filter(e -> !e.status().finished()).ifPresent(e -> {
            e.delay(System.currentTimeMillis() + delayMillis);
            feed.changed(e);
            queue.enqueue(e.id(), e.runToken(), delayMillis);
        });
    }

    /**
     * A resume URL was called: runs the paused execution at once (a new run token supersedes the scheduled message).
     * When its last stored step is suspended ({@code $.flow.suspend}), {@code resumeData} becomes that step's
     * {@code $resume_data} export; when it is a rerun's paused result ({@code $.flow.rerun}), {@code callbackRequest}
     * becomes the next run's {@code $.context.run.callback_request}. False when the execution is not paused.
     */
    public boolean resume(String executionId, JsonValue resumeData, JsonValue callbackRequest) {
        Execution execution = executions.executionForUpdate(executionId)
                .filter(e -> e.status() == ExecutionStatus.PAUSED).orElse(null);
        if (execution == null) {
            return false;
        }
        StepRun last = waiting(executions.stepRuns(executionId));
        if (last != null && last.suspended()) {
            JsonObject exports = last.exportsJson() == null ? JsonValue.EMPTY_JSON_OBJECT
                    : JsonText.parseObject(last.exportsJson());
            last.resumed(JsonText.write(Jsonp.createObjectBuilder(exports).add("$resume_data", resumeData).build()));
            executions.updateStepRun(last);
        } else if (last != null && last.status() == ExecutionStatus.PAUSED && last.waitJson() != null) {
            last.waiting(JsonText.write(Jsonp.createObjectBuilder(JsonText.parseObject(last.waitJson()))
                    .add("callback_request", callbackRequest).build()));
            executions.updateStepRun(last);
        }
        queue.enqueue(execution.id(), execution.newRunToken());
        return true;
    }

    /**
     * The step result that waits for a resume: suspended, or a rerun's paused result; the one that finished last
     * when there are several (null when none: a delay or a retry).
     */
    private static StepRun waiting(List<StepRun> runs) {
        StepRun found = null;
        for (StepRun run : runs) {
            boolean waits = run.suspended() || run.status() == ExecutionStatus.PAUSED && run.waitJson() != null;
            if (waits && (found == null || run.finishedAt() >= found.finishedAt())) {
                found = run;
            }
        }
        return found;
    }

    /** Runs a paused execution at once: a new run token supersedes the scheduled retry message. */
    public void rerunNow(String executionId) {
        executions.executionForUpdate(executionId).filter(e -> e.status() == ExecutionStatus.PAUSED)
                .ifPresent(e -> queue.enqueue(e.id(), e.newRunToken()));
    }

    /**
     * Stores the results not stored yet (none for an execution that keeps no data: its step results are deleted as
     * it ends), ends the execution (unless it has ended meanwhile, e.g. cancelled), and
     * appends the events its steps emitted with {@code $.send.emit} to the workflow's stream, all in one
     * transaction (emits are delivered after the workflow finishes, as in Pipedream). The execution and its
     * workflow are read once each: the execution to end it, the workflow because its current settings decide
     * the gate (they may have changed while the execution ran) and a deleted workflow emits nothing.
     */
    public void finish(String executionId, ExecutionStatus status, String errorJson, List<PendingResult> unsaved,
                       List<Emission> emissions) {
        Execution execution = executions.execution(executionId).orElse(null);
        if (execution == null || execution.storesData()) {
            store(unsaved);
        }
        if (execution == null) {
            return;
        }
        boolean ends = !execution.status().finished();
        Workflow workflow = ends || !emissions.isEmpty()
                ? workflows.workflow(null, execution.workflowId()).orElse(null) : null;
        if (ends) {
            end(execution, workflow, status, errorJson);
        }
        if (workflow != null && !emissions.isEmpty()) {
            int hops = Hops.ofContext(execution.contextJson());
            for (int i = 0; i < emissions.size(); i++) {
                eventLog.append(workflow.workspaceId(), workflow.id(), emissions.get(i), executionId + "-" + i, hops);
            }
        }
    }

    /**
     * Ends the execution and lets the next waiting ones of its workflow through the gate; nothing happens when
     * it has ended already (e.g. cancelled).
     */
    public void finish(String executionId, ExecutionStatus status, String errorJson) {
        executions.execution(executionId).filter(e -> !e.status().finished())
                .ifPresent(e -> end(e, workflows.workflow(null, e.workflowId()).orElse(null), status, errorJson));
    }

    private void end(Execution e, Workflow workflow, ExecutionStatus status, String errorJson) {
        e.finish(status, errorJson, System.currentTimeMillis());
        feed.changed(e);
        metrics.finished(e.workflowId(), status, e.startedAt() == null ? null : e.finishedAt() - e.startedAt());
        if (status == ExecutionStatus.ERROR || status == ExecutionStatus.TIMEOUT) {
            errorEvents.record(e.workflowId(), e.id(), storedEvent(e), e.contextJson(), errorJson);
        }
        if (!e.storesData()) {
            executions.deleteStepRuns(e.id());
            e.dropData();
        }
        if (workflow != null && dispatcher.controls(workflow).gated()) {
            dispatcher.dispatch(workflow.id());
        }
    }

    /** The event an error event records: none for an execution that keeps no data. */
    private static String storedEvent(Execution e) {
        return e.storesData() ? e.eventJson() : null;
    }

    private void store(List<PendingResult> results) {
        results.forEach(this::store);
    }

    private void store(PendingResult result) {
        if (result.replaces()) {
            executions.replaceStepRun(result.run());
        } else {
            executions.insertStepRun(result.run());
        }
    }
}
