package io.millrace.application.execution;

import io.millrace.application.notification.EmailDestination;
import io.millrace.application.environment.ExecutionEnvironment;
import io.millrace.application.datastore.ProjectDataStores;
import io.millrace.application.intake.ResponseHub;
import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;
import io.millrace.orchestrator.Decision;
import io.millrace.orchestrator.Orchestrator;
import io.millrace.orchestrator.StepsObject;
import io.millrace.runtime.DataStores;
import io.millrace.runtime.EmailRequest;
import io.millrace.runtime.Emission;
import io.millrace.runtime.ExecutionTmp;
import io.millrace.runtime.HttpReply;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.StepRuntime;
import io.millrace.shared.JsonText;
import io.millrace.domain.workflow.ExecutionControls;
import io.millrace.domain.workflow.WorkflowDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an execution step by step, as the orchestrator decides. Safe to call again for the same
 * execution: finished executions are skipped and steps with stored results are not run again.
 *
 * <p>When results are stored: a step's result is committed before the next step starts when the
 * step had effects beyond its result (HTTP, files, {@code $.respond}, ...; see
 * {@link StepOutcome#effects}), so a step with effects never runs twice. Results of steps without
 * effects wait and are committed with a later one: with the next step that has effects, with the
 * final status, before a retry pause, or once {@value #SAVE_INTERVAL_MILLIS} ms have passed since the
 * last commit. After a crash such steps may run again, which nobody can observe, and a workflow of
 * pure steps costs one commit instead of one per step.
 */
@ApplicationScoped
public class ExecutionRunner {
    private static final Logger LOG = Logger.getLogger(ExecutionRunner.class.getName());
    static final String NO_RESPOND = "No $.respond called in workflow";
    /** Results of steps without effects are committed at least this often while an execution runs. */
    static final long SAVE_INTERVAL_MILLIS = 1000;
    private static final long SAVE_INTERVAL_NANOS = SAVE_INTERVAL_MILLIS * 1_000_000;

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
    @Inject
    FlowUrls flowUrls;
    @Inject
    ProjectDataStores dataStores;
    @Inject
    EmailDestination emails;

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
        DataStores stores = snapshot.workflow() == null ? DataStores.NONE
                : dataStores.forProject(snapshot.workflow().workspaceId(), snapshot.workflow().projectId());
        Path tmp = ExecutionTmp.create(execution.id());
        Scope scope = new Scope(execution, snapshot, deadline, env, tmp, stores, flowUrls.resumeUrl(execution.id()),
                flowUrls.cancelUrl(execution.id()));
        try (StepRuntime.Session session = runtime.session()) {
            String errorJson = null;
            List<StepRun> unsaved = new ArrayList<>();
            boolean saveNow = false;
            java.util.Set<Integer> storedAtStart = new java.util.HashSet<>();
            snapshot.stepRuns().forEach(r -> storedAtStart.add(r.position()));
            long lastSaved = System.nanoTime();
            while (true) {
                Decision decision = Orchestrator.next(definition.steps(), snapshot.stepRuns());
                if (decision instanceof Decision.Finish finish) {
                    finish(execution.id(), finish.status(), errorJson, snapshot.deployment().customResponse(), unsaved,
                            Destinations.emissions(snapshot.stepRuns()));
                    sendEmails(snapshot);
                    return;
                }
                if (!unsaved.isEmpty() && (saveNow || System.nanoTime() - lastSaved > SAVE_INTERVAL_NANOS)) {
                    store.add(unsaved);
                    unsaved.clear();
                    lastSaved = System.nanoTime();
                }
                Ran ran = runStep(session, scope, (Decision.RunStep) decision);
                StepRun result = ran.result();
                if (!storedAtStart.contains(result.position())) {
                    result.first(); // nothing to replace: a plain insert
                }
                if (controls.autoRetry() && retryLater(execution, result, controls.notifyOnFirstError(), unsaved)) {
                    return;
                }
                StepResults.put(snapshot.stepRuns(), result);
                errorJson = result.errorJson();
                unsaved.add(result);
                saveNow = ran.effects();
                if (ran.delayMillis() != null) {
                    delay(execution.id(), unsaved, ran.delayMillis(), snapshot.deployment().customResponse());
                    return;
                }
            }
        } finally {
            ExecutionTmp.delete(tmp);
        }
    }

    /** Stores a failed step as paused and schedules its retry, when the retry policy allows one. */
    private boolean retryLater(Execution execution, StepRun result, boolean notifyOnFirstError, List<StepRun> unsaved) {
        if (result.status() != ExecutionStatus.ERROR
                || !retryPolicy.retries(StepResults.errorName(result), execution.attempts())) {
            return false;
        }
        int retry = execution.attempts() + 1;
        long delay = retryPolicy.delayMillis(retry);
        store.pause(unsaved, StepResults.pausedForRetry(result, retry, System.currentTimeMillis() + delay,
                retryPolicy.cancelUrl(execution.id()), retryPolicy.rerunUrl(execution.id())), delay,
                notifyOnFirstError && retry == 1);
        return true;
    }

    /**
     * A step's stored result, whether the step had effects beyond it (see {@link StepOutcome#effects}), and
     * the delay it asked for with {@code $.flow.delay} (null: none, or it also exited the flow, which wins).
     */
    private record Ran(StepRun result, boolean effects, Long delayMillis) {
    }

    /**
     * Pauses the execution after a step called {@code $.flow.delay}: the results so far are stored and its
     * next step runs after the delay, or when its resume URL is called. A caller still waiting for
     * {@code $.respond} gets the default answer now.
     */
    private void delay(String executionId, List<StepRun> unsaved, long delayMillis, boolean customResponse) {
        store.delay(unsaved, executionId, delayMillis);
        if (customResponse) {
            responses.reply(executionId, noRespond());
        }
    }

    /** What every step of one run of an execution shares. */
    private record Scope(Execution execution, ExecutionStore.Snapshot snapshot, Instant deadline,
                         Map<String, String> env, Path tmp, DataStores stores, String resumeUrl, String cancelUrl) {
    }

    private Ran runStep(StepRuntime.Session session, Scope scope, Decision.RunStep step) {
        Execution execution = scope.execution();
        ExecutionStore.Snapshot snapshot = scope.snapshot();
        Instant deadline = scope.deadline();
        String steps = StepsObject.build(execution.eventJson(), execution.contextJson(), snapshot.stepRuns());
        long budget = StepInvocation.FUNCTION_PAYLOAD_LIMIT_BYTES - StepResults.payloadUsed(execution, snapshot.stepRuns());
        Map<String, String> packages = new HashMap<>();
        step.step().packages().forEach((name, version) -> packages.put(name, ((JsonString) version).getString()));
        StepInvocation invocation = new StepInvocation(step.step().name(), step.step().code(),
                JsonText.write(step.step().props()), steps, deadline, scope.env(), Math.max(1, budget), scope.tmp(), packages)
                .withDelayUrls(scope.resumeUrl(), scope.cancelUrl())
                .withDataStores(scope.stores());
        long started = System.currentTimeMillis();
        StepOutcome outcome;
        try {
            outcome = session.run(invocation, reply -> responses.reply(execution.id(), reply));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "step " + step.step().name() + " of execution " + execution.id() + " failed", e);
            outcome = StepResults.internalError(e);
        }
        return new Ran(StepResults.toStepRun(execution.id(), step.position(), step.step().name(), outcome, started,
                System.currentTimeMillis(), deadline), outcome.effects(),
                outcome.delaysExecution() && !outcome.endsExecution() ? outcome.delayMillis() : null);
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
     * Ends the execution. The results not stored yet are stored in the same transaction, so a one-step
     * execution commits its result and its end together.
     */
    private void finish(String executionId, ExecutionStatus status, String errorJson, boolean customResponse,
                        List<StepRun> unsaved, List<Emission> emissions) {
        store.finish(executionId, status, status == ExecutionStatus.SUCCESS ? null : errorJson, unsaved, emissions);
        if (customResponse) {
            responses.reply(executionId, noRespond());
        }
    }

    /**
     * Sends the emails the steps asked for with {@code $.send.email}, once the execution has ended (its
     * results are stored): to the workspace's owner. A failure is logged and does not change the
     * execution; an email is sent at most once (a crash before it is sent loses it).
     */
    private void sendEmails(ExecutionStore.Snapshot snapshot) {
        if (snapshot.workflow() == null) {
            return;
        }
        for (EmailRequest email : Destinations.emails(snapshot.stepRuns())) {
            try {
                emails.sendToOwner(snapshot.workflow().workspaceId(), email);
            } catch (RuntimeException e) {
                LOG.warning("$.send.email of execution " + snapshot.execution().id() + " was not sent: " + e.getMessage());
            }
        }
    }

    private static HttpReply noRespond() {
        return new HttpReply(400, Map.of("content-type", "text/plain; charset=utf-8"),
                NO_RESPOND.getBytes(StandardCharsets.UTF_8), false, false);
    }
}
