package io.millrace.application;

import io.millrace.execution.Execution;
import io.millrace.execution.ExecutionStatus;
import io.millrace.execution.StepRun;
import io.millrace.orchestrator.Decision;
import io.millrace.orchestrator.Orchestrator;
import io.millrace.orchestrator.StepsObject;
import io.millrace.runtime.ExecutionTmp;
import io.millrace.runtime.HttpReply;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.StepRuntime;
import io.millrace.shared.JsonText;
import io.millrace.workflow.ExecutionControls;
import io.millrace.workflow.WorkflowDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an execution step by step, as the orchestrator decides, storing each step's result as soon
 * as it is known. Safe to call again for the same execution: finished executions are skipped and
 * finished steps are not run again.
 */
@ApplicationScoped
public class ExecutionRunner {
    private static final Logger LOG = Logger.getLogger(ExecutionRunner.class.getName());
    static final String NO_RESPOND = "No $.respond called in workflow";

    @Inject
    ExecutionStore store;
    @Inject
    StepRuntime runtime;
    @Inject
    ResponseHub responses;
    @Inject
    RetryPolicy retryPolicy;
    @Inject
    ExecutionEnvironment environment;

    /** Runs the execution named by a worker-queue message ({@link ExecutionMessage}). */
    public void run(String messageBody) {
        ExecutionMessage message = ExecutionMessage.parse(messageBody);
        try {
            runSteps(message);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "execution " + message.executionId() + " failed inside Millrace", e);
            failInternally(message.executionId());
        }
    }

    private void runSteps(ExecutionMessage message) {
        ExecutionStore.Snapshot snapshot = store.start(message.executionId(), message.runToken()).orElse(null);
        if (snapshot == null) {
            LOG.fine(() -> "skipping " + message + ": unknown, finished or superseded");
            return;
        }
        Execution execution = snapshot.execution();
        WorkflowDefinition definition = snapshot.deployment().definition();
        ExecutionControls controls = ExecutionControls.of(definition.settings());
        Instant deadline = Instant.now().plusSeconds(definition.timeoutSeconds());
        Map<String, String> env = snapshot.workflow() == null ? Map.of()
                : environment.forExecution(snapshot.workflow().workspaceId(), snapshot.workflow().projectId());
        Path tmp = ExecutionTmp.create(execution.id());
        try {
            String errorJson = null;
            StepRun pending = null;
            while (true) {
                Decision decision = Orchestrator.next(definition.steps(), snapshot.stepRuns());
                if (decision instanceof Decision.Finish finish) {
                    finish(execution.id(), finish.status(), errorJson, snapshot.deployment().customResponse(), pending);
                    return;
                }
                if (pending != null) {
                    store.add(pending);
                }
                StepRun result = runStep(execution, (Decision.RunStep) decision, snapshot, deadline, env, tmp);
                if (controls.autoRetry() && retryLater(execution, result, controls.notifyOnFirstError())) {
                    return;
                }
                StepResults.put(snapshot.stepRuns(), result);
                errorJson = result.errorJson();
                pending = result;
            }
        } finally {
            ExecutionTmp.delete(tmp);
        }
    }

    /** Stores a failed step as paused and schedules its retry, when the retry policy allows one. */
    private boolean retryLater(Execution execution, StepRun result, boolean notifyOnFirstError) {
        if (result.status() != ExecutionStatus.ERROR
                || !retryPolicy.retries(StepResults.errorName(result), execution.attempts())) {
            return false;
        }
        int retry = execution.attempts() + 1;
        long delay = retryPolicy.delayMillis(retry);
        store.pause(StepResults.pausedForRetry(result, retry, System.currentTimeMillis() + delay,
                retryPolicy.cancelUrl(execution.id()), retryPolicy.rerunUrl(execution.id())), delay,
                notifyOnFirstError && retry == 1);
        return true;
    }

    private StepRun runStep(Execution execution, Decision.RunStep step, ExecutionStore.Snapshot snapshot,
                            Instant deadline, Map<String, String> env, Path tmp) {
        String steps = StepsObject.build(execution.eventJson(), execution.contextJson(), snapshot.stepRuns());
        long budget = StepInvocation.FUNCTION_PAYLOAD_LIMIT_BYTES - StepResults.payloadUsed(execution, snapshot.stepRuns());
        Map<String, String> packages = new HashMap<>();
        step.step().packages().forEach((name, version) -> packages.put(name, ((JsonString) version).getString()));
        StepInvocation invocation = new StepInvocation(step.step().name(), step.step().code(),
                JsonText.write(step.step().props()), steps, deadline, env, Math.max(1, budget), tmp, packages);
        long started = System.currentTimeMillis();
        StepOutcome outcome;
        try {
            outcome = runtime.run(invocation, reply -> responses.reply(execution.id(), reply));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "step " + step.step().name() + " of execution " + execution.id() + " failed", e);
            outcome = StepResults.internalError(e);
        }
        return StepResults.toStepRun(execution.id(), step.position(), step.step().name(), outcome, started,
                System.currentTimeMillis(), deadline);
    }

    /** Ends an execution that could not be run or recorded, so it never stays "executing". */
    private void failInternally(String executionId) {
        try {
            store.finish(executionId, ExecutionStatus.ERROR,
                    "{\"name\":\"InternalError\",\"message\":\"Millrace could not run or record this execution; see the server log\"}");
        } finally {
            responses.reply(executionId, new HttpReply(500, Map.of("content-type", "text/plain; charset=utf-8"),
                    "Internal error".getBytes(StandardCharsets.UTF_8), false, false));
        }
    }

    /**
     * Ends the execution. The last step's result (when there is one) is stored in the same
     * transaction, so a one-step execution commits its result and its end together.
     */
    private void finish(String executionId, ExecutionStatus status, String errorJson, boolean customResponse,
                        StepRun lastResult) {
        store.finish(executionId, status, status == ExecutionStatus.SUCCESS ? null : errorJson, lastResult);
        if (customResponse) {
            responses.reply(executionId, new HttpReply(400, Map.of("content-type", "text/plain; charset=utf-8"),
                    NO_RESPOND.getBytes(StandardCharsets.UTF_8), false, false));
        }
    }
}
