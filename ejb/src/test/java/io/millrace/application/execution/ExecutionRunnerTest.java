package io.millrace.application.execution;

import static io.millrace.application.execution.ScriptedRuntime.crashes;
import static io.millrace.application.execution.ScriptedRuntime.delays;
import static io.millrace.application.execution.ScriptedRuntime.delaysAndExits;
import static io.millrace.application.execution.ScriptedRuntime.exits;
import static io.millrace.application.execution.ScriptedRuntime.fails;
import static io.millrace.application.execution.ScriptedRuntime.pure;
import static io.millrace.application.execution.ScriptedRuntime.sends;
import static io.millrace.application.execution.ScriptedRuntime.withEffects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;
import io.millrace.domain.workflow.Workflow;
import io.millrace.runtime.EmailRequest;
import io.millrace.runtime.HttpReply;
import io.millrace.runtime.StepOutcome;
import io.millrace.shared.JsonText;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import io.millrace.runtime.FlowWait;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The runner carries out the orchestrator's decisions; what it stores, sends and commits, and how it resumes. */
class ExecutionRunnerTest {
    private final EngineRig rig = new EngineRig();

    @Test
    void stepsWithoutEffectsCostOneCommitTogetherWithTheEnd() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b", "c");
        rig.runtime.on("a", pure("1")).on("b", pure("2")).on("c", pure("3"));
        Execution ex = rig.accept(wf, "{\"n\":1}");

        rig.deliver(ex);

        assertEquals(List.of("a", "b", "c"), rig.runtime.ran);
        assertEquals(List.of("start", "finish success [0, 1, 2]"), rig.transactions);
        assertEquals(List.of("insert ex_1:0", "insert ex_1:1", "insert ex_1:2"), rig.executions.writes);
        assertEquals(ExecutionStatus.SUCCESS, rig.status(ex));
        assertNull(rig.executions.execution(ex.id()).orElseThrow().errorJson());
        assertEquals(List.of("p_1 success"), rig.ends);
        assertEquals(1, rig.runtime.sessionsOpened);
        assertEquals(1, rig.runtime.sessionsClosed);
    }

    @Test
    void laterStepsSeeTheEventEarlierResultsTheEnvironmentAndTheDelayUrls() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b");
        rig.runtime.on("a", pure("{\"x\":1}"));
        Execution ex = rig.accept(wf, "{\"n\":1}");

        rig.deliver(ex);

        JsonObject steps = JsonText.parseObject(rig.runtime.invocation(1).stepsJson());
        assertEquals(1, steps.getJsonObject("trigger").getJsonObject("event").getInt("n"));
        assertEquals(1, steps.getJsonObject("a").getJsonObject("$return_value").getInt("x"));
        assertEquals("hello o_1", rig.runtime.invocation(1).env().get("GREETING"));
        assertEquals("http://millrace.test/flow/ex_1/resume", rig.runtime.invocation(1).resumeUrl());
    }

    @Test
    void aStepWithEffectsIsCommittedBeforeTheNextStepStarts() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b", "c");
        rig.runtime.on("a", withEffects("1")).on("b", pure("2")).on("c", withEffects("3"));
        Execution ex = rig.accept(wf, "{}");

        rig.deliver(ex);

        assertEquals(List.of("start", "add [0]", "finish success [1, 2]"), rig.transactions);
    }

    @Test
    void afterACrashTheRunResumesAtTheFirstStepWithoutAStoredResultAndNeverRunsAStepWithEffectsTwice() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b", "c");
        rig.runtime.on("a", withEffects("1")).on("b", pure("2")).on("c", crashes(), pure("3"));
        Execution ex = rig.accept(wf, "{}");

        assertThrows(ScriptedRuntime.Crash.class, () -> rig.deliver(ex));
        assertEquals(ExecutionStatus.EXECUTING, rig.status(ex), "the crash left it executing");
        assertEquals(List.of("insert ex_1:0"), rig.executions.writes, "b's result was held, not committed");

        rig.deliver(ex); // the broker redelivers the unacknowledged message, same token

        assertEquals(List.of("a", "b", "c", "b", "c"), rig.runtime.ran, "a ran once; b (no effects) ran again");
        assertEquals(List.of("insert ex_1:0", "insert ex_1:1", "insert ex_1:2"), rig.executions.writes);
        assertEquals(ExecutionStatus.SUCCESS, rig.status(ex));
        assertEquals(1, rig.ends.size());
    }

    @Test
    void aFailedStepWithAutoRetryIsStoredPausedAndItsRetryScheduledWithTheBackoff() {
        Workflow wf = rig.workflow("p_1", "{\"auto_retry\":true}", "a", "b", "c");
        rig.runtime.on("a", pure("1")).on("b", fails("Error", "service down"), pure("2"));
        Execution ex = rig.accept(wf, "{}");
        long before = System.currentTimeMillis();

        rig.deliver(ex);

        assertEquals(List.of("start", "pause [0] + 1"), rig.transactions);
        Execution paused = rig.executions.execution(ex.id()).orElseThrow();
        assertEquals(ExecutionStatus.PAUSED, paused.status());
        assertEquals(1, paused.attempts());
        assertTrue(paused.resumeAt() >= before + 150_000 && paused.resumeAt() <= System.currentTimeMillis() + 150_000);
        assertEquals(new RecordingQueue.Sent(ex.id(), 0, 150_000), rig.queue.last());
        StepRun attempt = rig.stepRun(ex, 1);
        assertEquals(ExecutionStatus.PAUSED, attempt.status());
        JsonObject exports = JsonText.parseObject(attempt.exportsJson());
        assertTrue(exports.getString("$summary").startsWith("Error: service down (retry 1 of 8 at "), exports.toString());
        assertEquals("http://millrace.test/flow/ex_1/rerun",
                exports.getJsonObject("$attempt").getString("rerun_url"));
        assertEquals(List.of(), rig.errorEvents, "no notification before the final failure");

        rig.deliver(ex); // the retry message arrives

        assertEquals(List.of("a", "b", "b", "c"), rig.runtime.ran);
        assertEquals(List.of("insert ex_1:0", "insert ex_1:1", "replace ex_1:1", "insert ex_1:2"),
                rig.executions.writes, "the retry's result replaces the paused attempt");
        assertEquals(ExecutionStatus.SUCCESS, rig.stepRun(ex, 1).status());
        assertEquals(ExecutionStatus.SUCCESS, rig.status(ex));
    }

    @Test
    void theSecondRetryWaitsTwiceAsLongAndNotifyOnFirstErrorNotifiesOnlyTheFirstFailure() {
        Workflow wf = rig.workflow("p_1", "{\"auto_retry\":true,\"notify_on_first_error\":true}", "a");
        rig.runtime.on("a", fails("Error", "down"));
        Execution ex = rig.accept(wf, "{}");

        rig.deliver(ex);
        rig.deliver(ex);

        assertEquals(new RecordingQueue.Sent(ex.id(), 0, 300_000), rig.queue.last());
        assertEquals(2, rig.executions.execution(ex.id()).orElseThrow().attempts());
        assertEquals(List.of("ex_1 Error"), rig.errorEvents);
        assertEquals(List.of("insert ex_1:0", "replace ex_1:0"), rig.executions.writes);
    }

    @Test
    void afterEightRetriesTheExecutionEndsInErrorAndIsNotifiedOnce() {
        Workflow wf = rig.workflow("p_1", "{\"auto_retry\":true}", "a");
        rig.runtime.on("a", fails("Error", "down"));
        Execution ex = rig.accept(wf, "{}");

        for (int i = 0; i < 9; i++) {
            rig.deliver(ex);
        }

        assertEquals(9, rig.runtime.ran.size());
        Execution ended = rig.executions.execution(ex.id()).orElseThrow();
        assertEquals(ExecutionStatus.ERROR, ended.status());
        assertEquals(8, ended.attempts());
        assertEquals("down", JsonText.parseObject(ended.errorJson()).getString("message"));
        assertEquals(ExecutionStatus.ERROR, rig.stepRun(ex, 0).status(), "the last attempt replaced the paused one");
        assertEquals(List.of("ex_1 Error"), rig.errorEvents);
        assertEquals(8, rig.queue.sent.stream().filter(s -> s.delayMillis() > 0).count());
    }

    @Test
    void errorsThatRetryingCannotFixAreNotRetried() {
        Workflow wf = rig.workflow("p_1", "{\"auto_retry\":true}", "a", "b");
        rig.runtime.on("a", fails("Out of Memory", "too big"));
        Execution ex = rig.accept(wf, "{}");

        rig.deliver(ex);

        assertEquals(List.of("a"), rig.runtime.ran);
        assertEquals(ExecutionStatus.ERROR, rig.status(ex));
        assertEquals(0, rig.executions.execution(ex.id()).orElseThrow().attempts());
        assertEquals(List.of("ex_1 Out of Memory"), rig.errorEvents);
    }

    @Test
    void aTimedOutStepEndsTheExecutionAsTimeout() {
        Workflow wf = rig.workflow("p_1", "{\"auto_retry\":true}", "a", "b");
        rig.runtime.on("a", (invocation, listener) -> new StepOutcome(null, "{}", List.of(), null, true));
        Execution ex = rig.accept(wf, "{}");

        rig.deliver(ex);

        assertEquals(ExecutionStatus.TIMEOUT, rig.status(ex));
        assertEquals("TIMEOUT", rig.stepRun(ex, 0).errorName());
        assertEquals(List.of("ex_1 TIMEOUT"), rig.errorEvents);
    }

    @Test
    void withoutAutoRetryAFailedStepEndsTheExecutionAndLaterStepsDoNotRun() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b");
        rig.runtime.on("a", fails("TypeError", "x is undefined"));
        Execution ex = rig.accept(wf, "{}");

        rig.deliver(ex);

        assertEquals(List.of("a"), rig.runtime.ran);
        assertEquals(List.of("start", "finish error [0]"), rig.transactions);
        assertEquals("TypeError", JsonText.parseObject(rig.executions.execution(ex.id()).orElseThrow().errorJson())
                .getString("name"));
    }

    @Test
    void aStepTheRuntimeCannotRunFailsWithInternalErrorWhichIsNotRetried() {
        Workflow wf = rig.workflow("p_1", "{\"auto_retry\":true}", "a");
        rig.runtime.on("a", (invocation, listener) -> {
            throw new IllegalStateException("no context");
        });
        Execution ex = rig.accept(wf, "{}");

        rig.deliver(ex);

        assertEquals(ExecutionStatus.ERROR, rig.status(ex));
        assertEquals("InternalError", rig.stepRun(ex, 0).errorName());
    }

    @Test
    void aFlowExitEndsTheExecutionSuccessfully() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b");
        rig.runtime.on("a", exits("nothing to do"));
        Execution ex = rig.accept(wf, "{}");

        rig.deliver(ex);

        assertEquals(List.of("a"), rig.runtime.ran);
        assertEquals(ExecutionStatus.SUCCESS, rig.status(ex));
        assertEquals("nothing to do", rig.stepRun(ex, 0).flowExitReason());
    }

    @Test
    void aDelayPausesTheExecutionUntilItsMessageArrivesAndTheCallerGetsTheDefaultAnswer() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b");
        rig.runtime.on("a", delays(60_000));
        Execution ex = rig.accept(wf, "{}");
        CompletableFuture<HttpReply> reply = rig.responses.expect(ex.id());

        rig.deliver(ex);

        assertEquals(List.of("start", "delay [0]"), rig.transactions);
        assertEquals(ExecutionStatus.PAUSED, rig.status(ex));
        assertEquals(0, rig.executions.execution(ex.id()).orElseThrow().attempts());
        assertEquals(new RecordingQueue.Sent(ex.id(), 0, 60_000), rig.queue.last());
        assertFalse(reply.isDone(), "this deployment does not call $.respond: the servlet answers by itself");

        rig.deliver(ex);

        assertEquals(List.of("a", "b"), rig.runtime.ran);
        assertEquals(ExecutionStatus.SUCCESS, rig.status(ex));
    }

    @Test
    void aDelayAnswersACallerWaitingForRespond() {
        Workflow wf = rig.workflow("p_1", "{}", "a");
        EngineRig.deployCode(rig.workflows, wf, "{}", "export default { async run({ $ }) { await $.respond({ status: 200 }) } }",
                "a", "b");
        rig.runtime.on("a", delays(1000));
        Execution ex = rig.accept(wf, "{}");
        CompletableFuture<HttpReply> reply = rig.responses.expect(ex.id());

        rig.deliver(ex);

        assertEquals(400, reply.join().status());
        assertEquals(ExecutionRunner.PAUSED_RESPONSE, new String(reply.join().body(), StandardCharsets.UTF_8));
        assertEquals(ExecutionStatus.PAUSED, rig.status(ex));
    }

    @Test
    void whenAStepDelaysAndExitsTheExitWins() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b");
        rig.runtime.on("a", delaysAndExits(60_000, "done"));
        Execution ex = rig.accept(wf, "{}");

        rig.deliver(ex);

        assertEquals(List.of("start", "finish success [0]"), rig.transactions);
        assertEquals(List.of(new RecordingQueue.Sent(ex.id(), 0, 0)), rig.queue.sent, "no delayed message");
    }

    @Test
    void aResumeSupersedesTheDelayedMessageWhichIsThenSkipped() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b");
        rig.runtime.on("a", delays(60_000));
        Execution ex = rig.accept(wf, "{}");
        rig.deliver(ex);

        rig.store.rerunNow(ex.id()); // the resume URL
        assertEquals(new RecordingQueue.Sent(ex.id(), 1, 0), rig.queue.last());
        rig.deliver(ex, 0); // the delayed message arrives later: stale
        assertEquals(List.of("a"), rig.runtime.ran);
        rig.deliver(ex, 1);

        assertEquals(List.of("a", "b"), rig.runtime.ran);
        assertEquals(List.of("start", "delay [0]", "skip", "start", "finish success [1]"), rig.transactions);
    }

    @Test
    void aResumedSuspendExportsTheResumeDataAndRunsTheNextStep() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b");
        rig.runtime.on("a", ScriptedRuntime.pauses(60_000, FlowWait.SUSPEND));
        Execution ex = rig.accept(wf, "{}");
        rig.deliver(ex);
        assertEquals(ExecutionStatus.PAUSED, rig.status(ex));
        assertTrue(rig.stepRun(ex, 0).suspended());
        assertEquals(new RecordingQueue.Sent(ex.id(), 0, 60_000), rig.queue.last(), "the timeout");

        assertTrue(rig.store.resume(ex.id(), JsonText.parse("{\"approved\":true}"), JsonValue.NULL));
        rig.deliver(ex);

        assertEquals(List.of("a", "b"), rig.runtime.ran);
        assertEquals(ExecutionStatus.SUCCESS, rig.status(ex));
        assertEquals("{\"$resume_data\":{\"approved\":true}}", rig.stepRun(ex, 0).exportsJson());
        assertFalse(rig.store.resume(ex.id(), JsonValue.NULL, JsonValue.NULL), "a finished execution is not resumed");
    }

    @Test
    void aSuspendThatTimesOutCancelsTheExecution() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b");
        rig.runtime.on("a", ScriptedRuntime.pauses(60_000, FlowWait.SUSPEND));
        Execution ex = rig.accept(wf, "{}");
        rig.deliver(ex);
        rig.deliver(ex); // the timeout's message

        assertEquals(List.of("a"), rig.runtime.ran);
        assertEquals(ExecutionStatus.CANCELLED, rig.status(ex));
        assertTrue(rig.executions.execution(ex.id()).orElseThrow().errorJson().contains("$.flow.suspend timed out"));
    }

    @Test
    void aTestRunIsCancelledWhereItWouldSuspend() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b");
        rig.runtime.on("a", ScriptedRuntime.pauses(60_000, FlowWait.rerun("null")));
        Execution ex = new Execution("ex_t", wf.id(), wf.deploymentId(), "hi_1", "{}",
                "{\"id\":\"ex_t\",\"test\":true}", 1);
        rig.executions.add(ex);
        ex.dispatch(1);
        rig.queue.enqueue(ex.id(), ex.runToken());
        rig.deliver(ex);

        assertEquals(ExecutionStatus.CANCELLED, rig.status(ex));
        assertTrue(rig.executions.execution(ex.id()).orElseThrow().errorJson().contains("not supported in test"));
        assertEquals(List.of("a"), rig.runtime.ran);
    }

    @Test
    void aRerunRunsTheSameStepAgainWithItsContextAndCallbackRequest() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b");
        rig.runtime.on("a", ScriptedRuntime.pauses(1000, FlowWait.rerun("{\"n\":1}")),
                ScriptedRuntime.pauses(5000, FlowWait.rerun("{\"n\":2}")), ScriptedRuntime.returnsRerunInfo());
        Execution ex = rig.accept(wf, "{}");
        rig.deliver(ex);
        assertEquals(ExecutionStatus.PAUSED, rig.stepRun(ex, 0).status());
        assertEquals(new RecordingQueue.Sent(ex.id(), 0, 1000), rig.queue.last());
        rig.deliver(ex); // after the delay
        assertTrue(rig.store.resume(ex.id(), JsonValue.NULL, JsonText.parse("{\"body\":\"done\"}"))); // its resume_url
        rig.deliver(ex);

        assertEquals(List.of("a", "a", "a", "b"), rig.runtime.ran);
        assertEquals(List.of(1, 2, 3), rig.runtime.invocations.stream().filter(i -> i.stepName().equals("a"))
                .map(i -> i.run().runs()).toList());
        assertNull(rig.runtime.invocations.get(0).run().rerunJson());
        assertEquals("{\"context\":{\"n\":1}}", rig.runtime.invocations.get(1).run().rerunJson());
        assertEquals("{\"context\":{\"n\":2},\"callback_request\":{\"body\":\"done\"}}",
                rig.stepRun(ex, 0).returnValueJson());
        assertEquals(ExecutionStatus.SUCCESS, rig.status(ex));
        assertEquals(0, rig.executions.execution(ex.id()).orElseThrow().attempts(), "reruns are not retries");
    }

    @Test
    void aMessageForAFinishedExecutionIsSkipped() {
        Workflow wf = rig.workflow("p_1", "{}", "a");
        Execution ex = rig.accept(wf, "{}");
        rig.deliver(ex);

        rig.deliver(ex); // redelivered after the end

        assertEquals(List.of("a"), rig.runtime.ran);
        assertEquals(List.of("start", "finish success [0]", "skip"), rig.transactions);
    }

    @Test
    void emitsAreAppendedWithTheEndAndEmailsSentAfterIt() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b");
        rig.runtime.on("a", sends("{\"k\":1}", new EmailRequest("Report", "text", null))).on("b", pure("2"));
        Execution ex = rig.accept(wf, "{}");

        rig.deliver(ex);

        assertEquals(List.of("o_1 p_1 ex_1-0 {\"k\":1}"), rig.emitted);
        assertEquals(List.of("o_1 Report"), rig.emails);
    }

    @Test
    void aStepDoesNotDelayWhenItFails() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b");
        rig.runtime.on("a", (invocation, listener) -> new StepOutcome(null, "{}", List.of(),
                new io.millrace.runtime.StepError("Error", "boom", null), false, null, List.of(), List.of(), 5000L, true));
        Execution ex = rig.accept(wf, "{}");

        rig.deliver(ex);

        assertEquals(List.of("start", "finish error [0]"), rig.transactions);
    }

    @Test
    void aCancelWhileAStepRunsIsKeptAndAFailingStepDoesNotBringTheExecutionBack() {
        Workflow wf = rig.workflow("p_1", "{\"auto_retry\":true}", "a", "b");
        rig.runtime.on("a", (invocation, listener) -> {
            rig.store.finish("ex_1", ExecutionStatus.CANCELLED, ExecutionCommands.CANCELLED);
            return fails("Error", "down").run(invocation, listener);
        });
        Execution ex = rig.accept(wf, "{}");

        rig.deliver(ex);

        assertEquals(ExecutionStatus.CANCELLED, rig.status(ex));
        assertEquals(List.of(new RecordingQueue.Sent(ex.id(), 0, 0)), rig.queue.sent, "no retry is scheduled");
        assertEquals(List.of("p_1 cancelled"), rig.ends);
    }

    @Test
    void whenMillraceItselfFailsTheExecutionEndsWithInternalErrorAndTheCallerGets500() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b");
        rig.runtime.on("a", (invocation, listener) -> {
            rig.executions.failStepWrites = true; // a's result cannot be stored
            return withEffects("1").run(invocation, listener);
        });
        Execution ex = rig.accept(wf, "{}");
        CompletableFuture<HttpReply> reply = rig.responses.expect(ex.id());

        rig.deliver(ex);

        assertEquals(List.of("a"), rig.runtime.ran);
        assertEquals(ExecutionStatus.ERROR, rig.status(ex));
        assertEquals("InternalError", JsonText.parseObject(rig.executions.execution(ex.id()).orElseThrow().errorJson())
                .getString("name"));
        assertEquals(500, reply.join().status());
        assertEquals(1, rig.runtime.sessionsClosed);
    }

    @Test
    void aReplayFromAStepRunsFromThereWithTheReusedResultsAndSendsNothingOfTheReusedStepsAgain() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b", "c");
        rig.runtime.on("a", ScriptedRuntime.returnsAndSends("{\"x\":1}", "{\"n\":1}", new EmailRequest("hi", "t", null)))
                .on("b", fails("Error", "down"), pure("2")).on("c", pure("3"));
        Execution original = rig.accept(wf, "{}");
        rig.deliver(original);
        assertEquals(ExecutionStatus.ERROR, rig.status(original));
        assertEquals(1, rig.emitted.size());
        assertEquals(1, rig.emails.size());

        Execution replay = rig.accept(wf, "{}");
        rig.executions.insertStepRun(rig.stepRun(original, 0).reusedIn(replay.id()));
        rig.deliver(replay);

        assertEquals(List.of("a", "b", "b", "c"), rig.runtime.ran, "a ran once, in the original");
        assertEquals(ExecutionStatus.SUCCESS, rig.status(replay));
        JsonObject steps = JsonText.parseObject(rig.runtime.invocation(2).stepsJson());
        assertEquals(1, steps.getJsonObject("a").getJsonObject("$return_value").getInt("x"), "b sees a's reused result");
        StepRun reused = rig.stepRun(replay, 0);
        assertEquals(original.id(), reused.reusedFrom());
        assertEquals("{\"x\":1}", reused.returnValueJson());
        assertNull(rig.stepRun(replay, 1).reusedFrom(), "b ran in the replay");
        assertEquals(1, rig.emitted.size(), "the reused step's emit is not sent again");
        assertEquals(1, rig.emails.size(), "nor its email");
    }
}
