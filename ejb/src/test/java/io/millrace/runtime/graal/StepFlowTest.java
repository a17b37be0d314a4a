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
import io.millrace.runtime.StepOutcome;

/** {@code $.flow.exit}, {@code $.summary} and {@code $.context}. */
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
    void unsupportedFlowControlFailsClearly() {
        StepOutcome outcome = run(component("run({ $ }) { $.flow.rerun(1000, null, 3) }"));
        assertEquals("$.flow.rerun is not supported by Millrace", outcome.error().message());
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
