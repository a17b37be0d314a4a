package io.millrace.application.execution;

import io.millrace.application.accounts.AccountCredentials;
import io.millrace.application.accounts.AccountUnavailableException;
import io.millrace.application.datastore.ProjectDataStores;
import io.millrace.application.filestore.ProjectFiles;
import io.millrace.runtime.FileStore;
import io.millrace.application.environment.ExecutionEnvironment;
import io.millrace.application.response.ResponseHub;
import io.millrace.application.notification.EmailDestination;
import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;
import io.millrace.domain.workflow.ExecutionControls;
import io.millrace.domain.workflow.StepSpec;
import io.millrace.domain.workflow.Workflow;
import io.millrace.orchestrator.Decision;
import io.millrace.orchestrator.FlowInput;
import io.millrace.orchestrator.Orchestrator;
import io.millrace.orchestrator.Retries;
import io.millrace.runtime.DataStores;
import io.millrace.runtime.EmailRequest;
import io.millrace.runtime.ExecutionTmp;
import io.millrace.runtime.HttpReply;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.StepRunInfo;
import io.millrace.runtime.StepRuntime;
import io.millrace.runtime.WorkflowTrigger;
import io.millrace.shared.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** What a caller still waiting for {@code $.respond} gets when the execution pauses (seed page .../nodejs/delay). */
    static final String PAUSED_RESPONSE = "$.respond() not called for this invocation";
    /** The error of an execution whose {@code $.flow.suspend} timed out (seed: it is cancelled). */
    /** The error of a test run whose step called {@code $.flow.suspend} or {@code $.flow.rerun} (seed page .../rerun). */
    static final String NOT_IN_TEST = "{\"name\":\"Cancelled\",\"message\":\"Workflow execution canceled — this may be"
            + " due to `$.flow.suspend()` usage (not supported in test)\"}";
    static final String SUSPEND_TIMED_OUT = "{\"name\":\"Cancelled\",\"message\":\"the execution was cancelled:"
            + " its $.flow.suspend timed out before the resume_url was called\"}";
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
    ProjectFiles files;
    @Inject
    EmailDestination emails;
    @Inject
    SseDestination sse;
    @Inject
    WorkflowStarter starter;
    @Inject
    S3Destination s3;
    @Inject
    AccountCredentials accounts;

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
        ExecutionStore.Snapshot snapshot = (message.scope() == null
                ? store.start(message.executionId(), message.runToken())
                : store.startPart(message.executionId(), message.runToken())).orElse(null);
        if (snapshot == null) {
            LOG.fine(() -> "skipping " + message + ": unknown, finished or superseded");
            return;
        }
        // workers running lanes of the execution at once share its directory
        Path tmp = ExecutionTmp.acquire(snapshot.execution().id());
        try {
            RunScope scope = scope(snapshot, tmp);
            try (StepRuntime.Session session = runtime.session()) {
                new Run(snapshot, scope, session, message.scope()).toTheEnd();
            }
        } finally {
            ExecutionTmp.release(snapshot.execution().id(), tmp);
        }
    }

    private RunScope scope(ExecutionStore.Snapshot snapshot, Path tmp) {
        Execution execution = snapshot.execution();
        Workflow workflow = snapshot.workflow();
        Instant deadline = Instant.now().plusSeconds(snapshot.deployment().definition().timeoutSeconds());
        Map<String, String> env = workflow == null ? Map.of()
                : environment.forExecution(workflow.workspaceId(), workflow.projectId());
        DataStores stores = workflow == null ? DataStores.NONE
                : dataStores.forProject(workflow.workspaceId(), workflow.projectId());
        FileStore fileStore = workflow == null || files == null ? FileStore.NONE
                : files.forRun(workflow.workspaceId(), workflow.projectId());
        WorkflowTrigger trigger = workflow == null || starter == null ? WorkflowTrigger.NONE
                : starter.forExecution(workflow.workspaceId(), workflow.id(), execution);
        return new RunScope(execution, deadline, env, tmp, stores, flowUrls.resumeUrl(execution.id()),
                flowUrls.cancelUrl(execution.id()), fileStore, trigger);
    }

    /**
     * One run of an execution: runs steps while the orchestrator says so, holding the results of steps
     * without effects until a commit is due, then carries out its last decision (finish, retry later, sleep).
     */
    private final class Run {
        private final ExecutionStore.Snapshot snapshot;
        private RunScope scope;
        private final StepRuntime.Session session;
        private final String executionId;
        private final List<StepSpec> steps;
        private final ExecutionControls controls;
        private final Retries retries;
        /** Ids of the results stored when the run started: storing their new result replaces it. */
        private final Set<String> storedAtStart = new HashSet<>();
        private final FlowInput input;
        /** Whether the workflow has control-flow blocks: a step then sees only its segment's and ancestors' results. */
        private final boolean blocks;
        private final StepRunNumbers numbers;
        private List<StepRun> results;
        private List<PendingResult> unsaved = new ArrayList<>();
        private boolean saveNow;
        private long lastSaved = System.nanoTime();
        /** The error of the last step run, the execution's error when it ends in failure. */
        private String errorJson;
        /**
         * The part of a workflow with blocks this run runs: {@code ""} the whole, else the prefix of the parallel
         * branch or loop item its message handed it ({@code fan/a/}); null for a workflow without blocks.
         */
        private final String part;

        Run(ExecutionStore.Snapshot snapshot, RunScope scope, StepRuntime.Session session, String part) {
            this.snapshot = snapshot;
            this.scope = scope;
            this.session = session;
            this.executionId = snapshot.execution().id();
            this.steps = snapshot.deployment().definition().steps();
            this.controls = snapshot.deployment().controls();
            this.retries = new Retries(controls.autoRetry(), snapshot.execution().attempts(), retryPolicy.rules());
            this.results = snapshot.stepRuns();
            results.forEach(r -> storedAtStart.add(r.id()));
            this.blocks = snapshot.deployment().definition().hasBlocks();
            this.part = !blocks ? null : part == null ? "" : part;
            this.input = new FlowInput(executionId, snapshot.execution().eventJson(), snapshot.execution().contextJson());
            this.numbers = new StepRunNumbers(results, snapshot.execution().interruptions());
        }

        void toTheEnd() {
            Decision decision = Orchestrator.next(steps, results, input, part);
            StepRun last = null;
            boolean refreshed = false;
            while (decision instanceof Decision.RunStep || decision instanceof Decision.Settle
                    || decision instanceof Decision.Wait && !refreshed) {
                saveIfDue();
                if (decision instanceof Decision.Wait) {
                    decision = refreshed();
                    refreshed = true;
                    continue;
                }
                refreshed = false;
                if (decision instanceof Decision.Settle settle) {
                    decision = settle(settle);
                    continue;
                }
                Ran ran = runStep((Decision.RunStep) decision);
                last = ran.result();
                decision = Orchestrator.after(steps, results, last, ran.delayMillis(),
                        part == null || part.isEmpty() ? retries : Retries.NONE, input, part);
                if (decision instanceof Decision.RetryLater) {
                    break;
                }
                results = Orchestrator.withResult(results, last);
                errorJson = last.errorJson();
                unsaved.add(pending(last));
                saveNow = ran.effects();
            }
            if (decision instanceof Decision.RetryLater retry) {
                retryLater(last, retry);
            } else if (decision instanceof Decision.Sleep && last != null && testRun()
                    && (last.status() == ExecutionStatus.PAUSED || last.suspended())) {
                finish(ExecutionStatus.CANCELLED, NOT_IN_TEST); // a suspend or rerun in a test
            } else if (decision instanceof Decision.Fork || decision instanceof Decision.Join
                    || decision instanceof Decision.Wait) {
                handOver(decision);
            } else if (decision instanceof Decision.Sleep sleep && part != null && !part.isEmpty()) {
                store.delayPart(unsaved, executionId, snapshot.execution().runToken(), part, sleep.delayMillis());
            } else if (decision instanceof Decision.Sleep sleep) {
                sleep(sleep.delayMillis());
            } else {
                finish(((Decision.Finish) decision).status());
            }
        }

        /**
         * Stores what this run holds and reads the execution's results again: the lanes other workers run may have
         * ended meanwhile. Then decides again.
         */
        private Decision refreshed() {
            saveAll();
            results = store.results(executionId);
            results.forEach(r -> storedAtStart.add(r.id()));
            return Orchestrator.next(steps, results, input, part);
        }

        private void saveAll() {
            if (!unsaved.isEmpty()) {
                store.add(unsaved);
                unsaved = new ArrayList<>();
                lastSaved = System.nanoTime();
            }
        }

        /**
         * Ends this run with the rest of the execution in other workers' hands: hands out lanes (a parallel block's
         * branches, a loop's items: a message each), or joins a block whose lanes are all done (the message that
         * goes on after it is queued with the join), or just stops. When another worker stored the same markers or
         * join first, its transaction wins and this run stops.
         */
        private void handOver(Decision decision) {
            saveAll();
            int token = snapshot.execution().runToken();
            try {
                if (decision instanceof Decision.Fork fork) {
                    store.fork(executionId, token, fork.markers(),
                            fork.markers().stream().map(m -> m.key() + "/").toList());
                } else if (decision instanceof Decision.Join join) {
                    StepRun end = join.record();
                    long now = System.currentTimeMillis();
                    end.timed(end.startedAt() != 0 ? end.startedAt() : now, now);
                    store.join(end, token, join.enclosing());
                }
            } catch (RuntimeException e) {
                List<StepRun> now = store.results(executionId);
                List<StepRun> wanted = decision instanceof Decision.Fork fork ? fork.markers()
                        : List.of(((Decision.Join) decision).record());
                if (wanted.stream().noneMatch(w -> now.stream().anyMatch(r -> r.id().equals(w.id())))) {
                    throw e;
                }
                LOG.fine(() -> "another worker handed out or joined " + wanted.get(0).key() + " of " + executionId);
            }
        }

        /**
         * Records a block's phase (or a filter, end-workflow or delay block) the orchestrator decided; after a delay
         * block the execution sleeps. Held with the other results until a commit is due.
         */
        private Decision settle(Decision.Settle settle) {
            long now = System.currentTimeMillis();
            StepRun record = settle.record();
            record.timed(record.startedAt() != 0 ? record.startedAt() : now, now);
            results = Orchestrator.withResult(results, record);
            unsaved.add(pending(record));
            // the workflow's timeout starts again at each block boundary, as the seed's control-flow page says
            scope = scope.withDeadline(Instant.now().plusSeconds(snapshot.deployment().definition().timeoutSeconds()));
            if (record.errorJson() != null) {
                errorJson = record.errorJson();
            }
            // decided again for this run's own part: a lane's worker must not go on into its siblings' lanes
            return settle.sleepMillis() != null ? new Decision.Sleep(settle.sleepMillis())
                    : Orchestrator.next(steps, results, input, part);
        }

        private Ran runStep(Decision.RunStep step) {
            String id = StepRun.idOf(executionId, step.position(), step.path());
            StepRunInfo run = new StepRunInfo(id, numbers.next(id), StepResults.rerunJson(results, id));
            StepInvocation invocation = scope.invocation(step.step(), blocks ? step.visible() : results)
                    .withRun(run);
            long started = System.currentTimeMillis();
            List<String> accountIds = AccountCredentials.accountIds(step.step().props());
            StepOutcome outcome;
            try {
                if (!accountIds.isEmpty()) { // an app prop names a connected account: its current $auth
                    invocation = invocation.withProps(io.millrace.shared.JsonText.write(
                            accounts.withAuth(snapshot.workflow() == null ? "" : snapshot.workflow().workspaceId(), step.step().props())));
                }
                outcome = session.run(invocation, reply -> responses.reply(executionId, reply));
            } catch (AccountUnavailableException e) {
                outcome = StepResults.accountError(e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "step " + step.step().name() + " of execution " + executionId + " failed", e);
                outcome = StepResults.internalError(e);
            }
            if (!accountIds.isEmpty() && outcome.error() != null && AccountCredentials.unauthorized(outcome.error().message())) {
                accounts.refused(accountIds); // the provider refused the token: refresh it before the next use
            }
            String s3Account = AccountCredentials.accountOf(step.step().props(), S3Destination.ACCOUNT_PROP);
            if (s3Account != null && !outcome.s3().isEmpty()) { // $.send.s3 goes to the endpoint of the step's aws account
                outcome = outcome.withSends(outcome.emissions(), outcome.emails(), outcome.sse(),
                        outcome.s3().stream().map(o -> o.withAccount(s3Account)).toList(), outcome.delayMillis(), outcome.pause());
            }
            return new Ran(StepResults.toStepRun(executionId, step.position(), step.step().name(), run.runs(), outcome,
                    started, System.currentTimeMillis(), scope.deadline()).at(step.path()), outcome.effects(),
                    outcome.delaysExecution() ? outcome.delayMillis() : null);
        }

        /**
         * Commits the held results when the last step had effects, or once a second (SAVE_INTERVAL_MILLIS). After an
         * interruption, the first commit of a step with effects also ends the steps that count it (StepRunNumbers).
         */
        private void saveIfDue() {
            if (!unsaved.isEmpty() && (saveNow || System.nanoTime() - lastSaved > SAVE_INTERVAL_NANOS)) {
                if (saveNow && numbers.afterInterruption()) {
                    store.addPastInterruption(executionId, unsaved);
                    numbers.pastInterruption();
                } else {
                    store.add(unsaved);
                }
                unsaved = new ArrayList<>();
                lastSaved = System.nanoTime();
            }
        }

        private PendingResult pending(StepRun result) {
            return new PendingResult(result, storedAtStart.contains(result.id()));
        }

        /** Stores the failed step as a paused attempt and schedules its retry. */
        private void retryLater(StepRun failed, Decision.RetryLater retry) {
            StepRun paused = StepResults.pausedForRetry(failed, retry.retry(),
                    System.currentTimeMillis() + retry.delayMillis(), flowUrls.cancelUrl(executionId),
                    flowUrls.rerunUrl(executionId));
            store.pause(unsaved, pending(paused), retry.delayMillis(), controls.notifyOnFirstError() && retry.retry() == 1);
        }

        /**
         * Pauses the execution after a step called {@code $.flow.delay}: the results so far are stored and its
         * next step runs after the delay, or when its resume URL is called. A caller still waiting for
         * {@code $.respond} gets the default answer now.
         */
        private void sleep(long delayMillis) {
            store.delay(unsaved, executionId, delayMillis);
            if (snapshot.deployment().customResponse()) {
                responses.reply(executionId, reply(PAUSED_RESPONSE));
            }
        }

        /**
         * Ends the execution. The results not stored yet are stored in the same transaction, so a one-step
         * execution commits its result and its end together. Then what its steps sent to destinations goes out: emails, SSE events, S3 objects.
         */
        private void finish(ExecutionStatus status) {
            finish(status, status == ExecutionStatus.SUCCESS ? null
                    : status == ExecutionStatus.CANCELLED ? SUSPEND_TIMED_OUT : errorJson);
        }

        /** Whether the execution is a test run ({@code steps.trigger.context.test}), where nothing is suspended. */
        private boolean testRun() {
            String context = snapshot.execution().contextJson();
            return context != null && JsonText.parseObject(context).getBoolean("test", false);
        }

        private void finish(ExecutionStatus status, String error) {
            store.finish(executionId, status, error, unsaved, Destinations.emissions(results));
            if (snapshot.deployment().customResponse()) {
                responses.reply(executionId, noRespond());
            }
            sendEmails(snapshot.workflow(), executionId, results);
            Workflow workflow = snapshot.workflow();
            if (workflow != null) {
                sse.publish(workflow.id(), executionId, Destinations.sse(results));
                if (s3 != null) {
                    s3.deliver(workflow.workspaceId(), workflow.projectId(), executionId, System.currentTimeMillis(),
                            Destinations.s3(results));
                }
            }
        }
    }

    /**
     * A step's result, whether the step had effects beyond it (see {@link StepOutcome#effects}), and the delay
     * it asked for with {@code $.flow.delay} (null: none).
     */
    private record Ran(StepRun result, boolean effects, Long delayMillis) {
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
     * Sends the emails the steps asked for with {@code $.send.email}, once the execution has ended (its
     * results are stored): to the workspace's owner. A failure is logged and does not change the
     * execution; an email is sent at most once (a crash before it is sent loses it).
     */
    private void sendEmails(Workflow workflow, String executionId, List<StepRun> results) {
        if (workflow == null) {
            return;
        }
        for (EmailRequest email : Destinations.emails(results)) {
            try {
                emails.sendToOwner(workflow.workspaceId(), email);
            } catch (RuntimeException e) {
                LOG.warning("$.send.email of execution " + executionId + " was not sent: " + e.getMessage());
            }
        }
    }

    private static HttpReply noRespond() {
        return reply(NO_RESPOND);
    }

    private static HttpReply reply(String text) {
        return new HttpReply(400, Map.of("content-type", "text/plain; charset=utf-8"),
                text.getBytes(StandardCharsets.UTF_8), false, false);
    }
}
