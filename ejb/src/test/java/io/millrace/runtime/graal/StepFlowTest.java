package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static io.millrace.runtime.graal.StepTesting.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.StepListener;
import io.millrace.runtime.FlowWait;
import io.millrace.runtime.S3Object;
import io.millrace.runtime.SseEvent;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.StepRunInfo;
import io.millrace.runtime.WorkflowTrigger;

/** {@code $.flow.exit}, {@code .suspend}, {@code .rerun}, {@code .trigger}, {@code $.send.sse}, {@code $.summary} and {@code $.context}. */
class StepFlowTest {

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime runtime;

    @BeforeAll
    static void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        runtime = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS);
    }

    @AfterAll
    static void stop() {
        runtime.close();
        scheduler.shutdownNow();
    }

    private static StepOutcome run(String code) {
        return StepTesting.run(runtime, code);
    }

    @Test
    void returnFlowExitEndsTheStepAndTheExecution() {
        StepOutcome outcome = run(component("""
                async run({ $ }) {
                  console.log("before");
                  return $.flow.exit("End message");
                  console.log("This code will not run");
                }"""));
        assertTrue(outcome.succeeded());
        assertTrue(outcome.endsExecution());
        assertEquals("End message", outcome.flowExitReason());
        assertNull(outcome.returnValueJson());
        assertEquals(List.of("before"), messages(outcome));
    }

    @Test
    void flowExitWithoutReturnLetsTheStepFinishFirst() {
        StepOutcome outcome = run(component("""
                async run({ $ }) {
                  $.flow.exit();
                  await new Promise(r => setTimeout(r, 5));
                  console.log("still runs");
                  $.export("later", 1);
                  return 2;
                }"""));
        assertTrue(outcome.endsExecution());
        assertEquals("", outcome.flowExitReason());
        assertEquals(List.of("still runs"), messages(outcome));
        assertEquals("{\"later\":1}", outcome.exportsJson());
        assertEquals("2", outcome.returnValueJson());
    }

    @Test
    void firstReasonWinsAndNonStringsAreConverted() {
        assertEquals("42", run(component("run({ $ }) { $.flow.exit(42); $.flow.exit('second') }")).flowExitReason());
    }

    @Test
    void aStepThatThrowsAfterFlowExitFails() {
        StepOutcome outcome = run(component("run({ $ }) { $.flow.exit('x'); throw new Error('boom') }"));
        assertFalse(outcome.succeeded());
        assertFalse(outcome.endsExecution());
        assertEquals("x", outcome.flowExitReason());
    }

    @Test
    void stepsThatDoNotExitHaveNoReason() {
        StepOutcome outcome = run(component("run() { return 1 }"));
        assertNull(outcome.flowExitReason());
        assertFalse(outcome.endsExecution());
    }

    @Test
    void suspendPausesWithItsUrlsForADayByDefault() {
        StepInvocation invocation = StepTesting.invocation(component(
                "run({ $ }) { const { resume_url, cancel_url } = $.flow.suspend(); return resume_url + ' ' + cancel_url }"),
                Instant.now().plusSeconds(20)).withDelayUrls("https://m.test/r", "https://m.test/c");
        StepOutcome outcome = runtime.run(invocation, StepListener.NONE);
        assertTrue(outcome.delaysExecution(), String.valueOf(outcome.error()));
        assertEquals(FlowWait.SUSPEND, outcome.pause());
        assertEquals(24L * 3600 * 1000, outcome.delayMillis());
        assertEquals("\"https://m.test/r https://m.test/c\"", outcome.returnValueJson());
        assertEquals(7L * 24 * 3600 * 1000, run(component("run({ $ }) { $.flow.suspend(1000 * 60 * 60 * 24 * 7) }"))
                .delayMillis());
        assertEquals("$.flow.suspend: a workflow can be paused for as little as one millisecond, or as long as one year:"
                + " ms must be at least 1, got 0", run(component("run({ $ }) { $.flow.suspend(0) }")).error().message());
    }

    @Test
    void rerunPassesItsContextAndStopsAfterMaxRetries() {
        StepOutcome first = run(component("run({ $ }) { $.flow.rerun(1000, { hello: 'world' }, 3) }"));
        assertTrue(first.delaysExecution(), String.valueOf(first.error()));
        assertEquals(FlowWait.rerun("{\"hello\":\"world\"}"), first.pause());
        assertEquals(1000L, first.delayMillis());

        StepInvocation rerun = StepTesting.invocation(component(
                "run({ $ }) { $.flow.rerun(1000, null, 3); return $.context.run }"), Instant.now().plusSeconds(20))
                .withRun(new StepRunInfo("ex_1:0", 4, "{\"context\":{\"n\":3},\"callback_request\":{\"body\":\"done\"}}"));
        StepOutcome past = runtime.run(rerun, StepListener.NONE);
        assertFalse(past.delaysExecution(), "the 4th run of a step with 3 reruns goes on with the next step");
        assertEquals("{\"runs\":4,\"context\":{\"n\":3},\"callback_request\":{\"body\":\"done\"}}",
                past.returnValueJson());
        assertEquals(FlowWait.rerun("null"), run(component("run({ $ }) { $.flow.rerun(5) }")).pause(),
                "maxRetries defaults to 10 and the context to null");
    }

    @Test
    void sseEventsAreCollectedInOrder() {
        StepOutcome outcome = run(component("run({ $ }) { for (const name of ['Luke', 'Han'])"
                + " $.send.sse({ channel: 'names', payload: { name } }) }"));
        assertEquals(List.of(new SseEvent("names", "{\"name\":\"Luke\"}"), new SseEvent("names", "{\"name\":\"Han\"}")),
                outcome.sse());
        assertEquals("$.send.sse: channel is required: a non-empty string, got undefined",
                run(component("run({ $ }) { $.send.sse({ payload: 1 }) }")).error().message());
    }

    @Test
    void s3PayloadsAreCollectedWithTheirBucketAndPrefix() {
        StepOutcome outcome = run(component("run({ $ }) { $.send.s3({ bucket: 'my-bucket', prefix: 'logs/', payload: { a: 1 } });"
                + " $.send.s3({ bucket: 'my-bucket', payload: 'text' }) }"));
        assertEquals(List.of(new S3Object("my-bucket", "logs/", "{\"a\":1}"), new S3Object("my-bucket", "", "\"text\"")),
                outcome.s3());
        assertEquals("$.send.s3: prefix must be a path without control characters, \\, . or .. parts, got '../x'",
                run(component("run({ $ }) { $.send.s3({ bucket: 'abc', prefix: '../x', payload: 1 }) }")).error().message());
    }

    @Test
    void triggerStartsAnotherWorkflowOrFailsWithTheReason() {
        List<String> started = new java.util.ArrayList<>();
        WorkflowTrigger trigger = (target, payload) -> {
            if (!target.equals("p_next")) {
                throw new IllegalArgumentException("$.flow.trigger: no workflow '" + target + "' in this workspace");
            }
            started.add(target + " " + payload);
            return "ex_2";
        };
        StepOutcome outcome = runtime.run(StepTesting.invocation(component(
                "async run({ $ }) { return await $.flow.trigger('p_next', { n: 1 }) }"), Instant.now().plusSeconds(20))
                .withTrigger(trigger), StepListener.NONE);
        assertEquals("{\"id\":\"ex_2\"}", outcome.returnValueJson(), String.valueOf(outcome.error()));
        assertEquals(List.of("p_next {\"n\":1}"), started);
        assertTrue(outcome.effects());
        StepOutcome refused = runtime.run(StepTesting.invocation(component(
                "async run({ $ }) { await $.flow.trigger('p_other', {}) }"), Instant.now().plusSeconds(20))
                .withTrigger(trigger), StepListener.NONE);
        assertEquals("$.flow.trigger: no workflow 'p_other' in this workspace", refused.error().message());
    }

    @Test
    void summaryCanBeSetOrExported() {
        assertEquals("{\"$summary\":\"Successfully added 2 items\"}",
                run(component("run({ $ }) { $.summary = `Successfully added ${[1, 2].length} items` }")).exportsJson());
        StepOutcome exported = run(component("run({ $ }) { $.export('$summary', 'done'); return $.summary }"));
        assertEquals("{\"$summary\":\"done\"}", exported.exportsJson());
        assertEquals("\"done\"", exported.returnValueJson());
    }

    @Test
    void contextHasTheTriggerContextDeadlineJitAndRun() {
        Instant deadline = Instant.ofEpochMilli(System.currentTimeMillis() + 20_000);
        StepOutcome outcome = runtime.run(StepTesting.invocation(component("""
                run({ $, steps }) {
                  const c = $.context;
                  return [c.id, c.workflow_id, c.deadline, c.JIT, c.run.runs, steps.trigger.context.deadline]
                }"""), deadline), StepListener.NONE);
        assertEquals("[\"evt_1\",\"p_1\"," + deadline.toEpochMilli() + ",false,1,null]", outcome.returnValueJson());
    }
}
