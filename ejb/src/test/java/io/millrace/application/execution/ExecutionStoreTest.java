package io.millrace.application.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;
import io.millrace.domain.workflow.Workflow;
import io.millrace.runtime.Emission;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The short transactions of a running execution, on in-memory ports. */
class ExecutionStoreTest {
    private final EngineRig rig = new EngineRig();
    private final ExecutionStore store = rig.store;

    private static StepRun result(Execution ex, int position, ExecutionStatus status) {
        return new StepRun(ex.id(), position, "s" + position, status, null, "{}", "[]",
                status == ExecutionStatus.SUCCESS ? null : "{\"name\":\"Error\",\"message\":\"down\"}", 0, 1);
    }

    @Test
    void startMarksTheExecutionExecutingAndHandsOverWhatTheWorkerNeeds() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b");
        Execution ex = rig.accept(wf, "{}");
        store.add(List.of(new PendingResult(result(ex, 0, ExecutionStatus.SUCCESS), false)));

        ExecutionStore.Snapshot snapshot = store.start(ex.id(), 0).orElseThrow();

        assertEquals(ExecutionStatus.EXECUTING, rig.status(ex));
        assertNotNull(rig.executions.execution(ex.id()).orElseThrow().startedAt());
        assertEquals(wf, snapshot.workflow());
        assertEquals(wf.deploymentId(), snapshot.deployment().id());
        assertEquals(List.of(0), snapshot.stepRuns().stream().map(StepRun::position).toList());
    }

    @Test
    void startSkipsUnknownFinishedAndSupersededExecutions() {
        Workflow wf = rig.workflow("p_1", "{}", "a");
        Execution ex = rig.accept(wf, "{}");
        assertTrue(store.start("ex_unknown", 0).isEmpty());
        assertTrue(store.start(ex.id(), 1).isEmpty(), "a token from the future");
        store.finish(ex.id(), ExecutionStatus.CANCELLED, ExecutionCommands.CANCELLED);
        assertTrue(store.start(ex.id(), 0).isEmpty());
        assertEquals(ExecutionStatus.CANCELLED, rig.status(ex));
    }

    @Test
    void aStartWithoutItsWorkflowStillRunsTheDeployment() {
        Workflow wf = rig.workflow("p_1", "{}", "a");
        Execution ex = rig.accept(wf, "{}");
        wf.delete(5);
        ExecutionStore.Snapshot snapshot = store.start(ex.id(), 0).orElseThrow();
        assertEquals(null, snapshot.workflow());
        assertEquals(1, snapshot.deployment().definition().steps().size());
    }

    @Test
    void aReplaceTakesThePlaceOfAPausedAttemptButNeverOfAFinishedResult() {
        Workflow wf = rig.workflow("p_1", "{}", "a");
        Execution ex = rig.accept(wf, "{}");
        store.add(List.of(new PendingResult(result(ex, 0, ExecutionStatus.PAUSED), false)));
        store.add(List.of(new PendingResult(result(ex, 0, ExecutionStatus.SUCCESS), true)));
        store.add(List.of(new PendingResult(result(ex, 0, ExecutionStatus.ERROR), true)));

        assertEquals(ExecutionStatus.SUCCESS, rig.stepRun(ex, 0).status());
        assertEquals(List.of("insert ex_1:0", "replace ex_1:0"), rig.executions.writes);
    }

    @Test
    void pauseStoresTheResultsAndTheAttemptAndSchedulesTheRetryWithTheCurrentToken() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b");
        Execution ex = rig.accept(wf, "{}");
        store.start(ex.id(), 0);

        store.pause(List.of(new PendingResult(result(ex, 0, ExecutionStatus.SUCCESS), false)),
                new PendingResult(result(ex, 1, ExecutionStatus.PAUSED), false), 150_000, true);

        Execution paused = rig.executions.execution(ex.id()).orElseThrow();
        assertEquals(ExecutionStatus.PAUSED, paused.status());
        assertEquals(1, paused.attempts());
        assertEquals(new RecordingQueue.Sent(ex.id(), 0, 150_000), rig.queue.last());
        assertEquals(List.of("insert ex_1:0", "insert ex_1:1"), rig.executions.writes);
        assertEquals(List.of("ex_1 Error"), rig.errorEvents);
    }

    @Test
    void aPauseAfterACancelStoresTheResultsAndLeavesTheExecutionCancelled() {
        Workflow wf = rig.workflow("p_1", "{}", "a");
        Execution ex = rig.accept(wf, "{}");
        store.start(ex.id(), 0);
        store.finish(ex.id(), ExecutionStatus.CANCELLED, ExecutionCommands.CANCELLED);
        int sent = rig.queue.sent.size();

        store.pause(List.of(), new PendingResult(result(ex, 0, ExecutionStatus.PAUSED), false), 150_000, true);

        assertEquals(ExecutionStatus.CANCELLED, rig.status(ex));
        assertEquals(sent, rig.queue.sent.size());
        assertEquals(List.of("insert ex_1:0"), rig.executions.writes);
        assertEquals(List.of(), rig.errorEvents);
    }

    @Test
    void delayPausesWithoutAnAttemptAndSchedulesTheNextStep() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b");
        Execution ex = rig.accept(wf, "{}");
        store.start(ex.id(), 0);
        long before = System.currentTimeMillis();

        store.delay(List.of(new PendingResult(result(ex, 0, ExecutionStatus.SUCCESS), false)), ex.id(), 60_000);

        Execution paused = rig.executions.execution(ex.id()).orElseThrow();
        assertEquals(ExecutionStatus.PAUSED, paused.status());
        assertEquals(0, paused.attempts());
        assertTrue(paused.resumeAt() >= before + 60_000);
        assertEquals(new RecordingQueue.Sent(ex.id(), 0, 60_000), rig.queue.last());
    }

    @Test
    void rerunNowSupersedesTheScheduledMessageOfAPausedExecutionOnly() {
        Workflow wf = rig.workflow("p_1", "{}", "a");
        Execution ex = rig.accept(wf, "{}");
        store.start(ex.id(), 0);
        store.rerunNow(ex.id());
        assertEquals(1, rig.queue.sent.size(), "an executing execution is not rerun");

        store.delay(List.of(), ex.id(), 60_000);
        store.rerunNow(ex.id());

        assertEquals(new RecordingQueue.Sent(ex.id(), 1, 0), rig.queue.last());
        assertEquals(1, rig.executions.execution(ex.id()).orElseThrow().runToken());
    }

    @Test
    void redispatchGivesEveryDispatchedExecutionThatHasNotStartedANewTokenAndMessage() {
        Workflow wf = rig.workflow("p_1", "{\"concurrency\":5}", "a");
        Execution notStarted = rig.accept(wf, "{}");
        Execution started = rig.accept(wf, "{}");
        Execution waiting = rig.waiting(wf, "{}");
        store.start(started.id(), 0);
        rig.queue.sent.clear();

        assertEquals(1, store.redispatchNotStarted());

        assertEquals(List.of(new RecordingQueue.Sent(notStarted.id(), 1, 0)), rig.queue.sent);
        assertFalse(rig.executions.execution(waiting.id()).orElseThrow().dispatched());
    }

    @Test
    void finishStoresTheLastResultsEndsTheExecutionAndAppendsItsEmits() {
        Workflow wf = rig.workflow("p_1", "{}", "a");
        Execution ex = rig.accept(wf, "{}");
        store.start(ex.id(), 0);

        store.finish(ex.id(), ExecutionStatus.SUCCESS, null,
                List.of(new PendingResult(result(ex, 0, ExecutionStatus.SUCCESS), false)),
                List.of(new Emission("{\"a\":1}", null, null, null, null), new Emission("{\"b\":2}", null, "c", null, null)));

        assertEquals(ExecutionStatus.SUCCESS, rig.status(ex));
        assertEquals(List.of("insert ex_1:0"), rig.executions.writes);
        assertEquals(List.of("o_1 p_1 ex_1-0 {\"a\":1}", "o_1 p_1 ex_1-1 {\"b\":2}"), rig.emitted);
        assertEquals(List.of("p_1 success"), rig.ends);
        assertEquals(List.of(), rig.workflows.locked, "an ungated workflow's gate is not locked");
    }

    @Test
    void aFailedEndIsRecordedInTheErrorStream() {
        Workflow wf = rig.workflow("p_1", "{}", "a");
        Execution ex = rig.accept(wf, "{}");
        store.start(ex.id(), 0);

        store.finish(ex.id(), ExecutionStatus.TIMEOUT, "{\"name\":\"TIMEOUT\",\"message\":\"late\"}", List.of(), List.of());

        assertEquals(List.of("ex_1 TIMEOUT"), rig.errorEvents);
    }

    @Test
    void anExecutionThatHasEndedIsNotEndedAgainButItsEmitsStillGoOut() {
        Workflow wf = rig.workflow("p_1", "{}", "a");
        Execution ex = rig.accept(wf, "{}");
        store.start(ex.id(), 0);
        store.finish(ex.id(), ExecutionStatus.CANCELLED, ExecutionCommands.CANCELLED);

        store.finish(ex.id(), ExecutionStatus.ERROR, "{\"name\":\"Error\",\"message\":\"x\"}", List.of(),
                List.of(new Emission("{}", null, null, null, null)));
        store.finish(ex.id(), ExecutionStatus.CANCELLED, ExecutionCommands.CANCELLED);

        assertEquals(ExecutionStatus.CANCELLED, rig.status(ex));
        assertEquals(List.of("p_1 cancelled"), rig.ends);
        assertEquals(List.of(), rig.errorEvents);
        assertEquals(1, rig.emitted.size());
    }

    @Test
    void theEndOfAGatedExecutionLetsTheNextOneThroughUnderTheWorkflowLock() {
        Workflow wf = rig.workflow("p_1", "{\"concurrency\":1}", "a");
        Execution first = rig.accept(wf, "{}");
        Execution second = rig.waiting(wf, "{}");
        store.start(first.id(), 0);

        store.finish(first.id(), ExecutionStatus.SUCCESS, null, List.of(), List.of());

        assertEquals(List.of("p_1"), rig.workflows.locked);
        assertTrue(rig.executions.execution(second.id()).orElseThrow().dispatched());
        assertEquals(new RecordingQueue.Sent(second.id(), 0, 0), rig.queue.last());
    }

    @Test
    void theGateFollowsTheWorkflowsCurrentSettingsNotThoseTheExecutionStartedWith() {
        Workflow wf = rig.workflow("p_1", "{}", "a");
        Execution running = rig.accept(wf, "{}");
        store.start(running.id(), 0);
        EngineRig.deploy(rig.workflows, wf, "{\"concurrency\":1}", "a"); // settings changed while it ran
        Execution waiting = rig.waiting(wf, "{}");

        store.finish(running.id(), ExecutionStatus.SUCCESS, null, List.of(), List.of());

        assertEquals(List.of("p_1"), rig.workflows.locked);
        assertTrue(rig.executions.execution(waiting.id()).orElseThrow().dispatched());
    }

    @Test
    void anExecutionOfADeletedWorkflowEndsWithoutGateOrEmits() {
        Workflow wf = rig.workflow("p_1", "{\"concurrency\":1}", "a");
        Execution ex = rig.accept(wf, "{}");
        store.start(ex.id(), 0);
        wf.delete(9);

        store.finish(ex.id(), ExecutionStatus.SUCCESS, null, List.of(), List.of(new Emission("{}", null, null, null, null)));

        assertEquals(ExecutionStatus.SUCCESS, rig.status(ex));
        assertEquals(List.of(), rig.workflows.locked);
        assertEquals(List.of(), rig.emitted);
    }
}
