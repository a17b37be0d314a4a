package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.LogEntry;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.graal.host.HostBytes;

/** The function payload limit: a step's logs, exports and return value must fit its budget. */
class PayloadLimitTest {

    private static final String EXCEEDED = "Function Payload Limit Exceeded";

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

    private static StepOutcome run(String code, long budget) {
        return runtime.run(StepTesting.invocation(code, Instant.now().plusSeconds(30)).withPayloadBudget(budget),
                StepListener.NONE);
    }

    private static long logBytes(StepOutcome outcome) {
        return outcome.logs().stream().mapToLong(l -> HostBytes.utf8Length(l.message())).sum();
    }

    @Test
    void logsBeyondTheDefaultSixMegabytesFailTheStep() {
        StepOutcome outcome = run(component("""
                run() {
                  const line = 'x'.repeat(1024);
                  for (let i = 0; i < 7 * 1024; i++) console.log(line);
                  console.log('after');
                  return 1;
                }"""), 0);
        assertEquals(EXCEEDED, outcome.error().name());
        assertTrue(outcome.error().message().contains("/tmp"), outcome.error().message());
        assertFalse(outcome.timedOut());
        assertNull(outcome.returnValueJson());
        assertTrue(logBytes(outcome) <= StepInvocation.FUNCTION_PAYLOAD_LIMIT_BYTES);
        assertTrue(logBytes(outcome) > StepInvocation.FUNCTION_PAYLOAD_LIMIT_BYTES - 2048);
        assertFalse(outcome.logs().stream().map(LogEntry::message).anyMatch("after"::equals));
    }

    @Test
    void exportsCountAgainstTheBudget() {
        StepOutcome outcome = run(component("run({ $ }) { $.export('small', 1); $.export('big', 'y'.repeat(2000)); return 2 }"), 1000);
        assertEquals(EXCEEDED, outcome.error().name());
        assertEquals("{\"small\":1}", outcome.exportsJson()); // the export that did not fit is not kept
    }

    @Test
    void replacingAnExportFreesItsOldSize() {
        StepOutcome outcome = run(component(
                "run({ $ }) { for (let i = 0; i < 100; i++) $.export('v', 'z'.repeat(500)); return 1 }"), 1000);
        assertNull(outcome.error());
        assertEquals("1", outcome.returnValueJson());
    }

    @Test
    void theReturnValueCountsToo() {
        StepOutcome outcome = run(component("run() { return 'r'.repeat(5000) }"), 4000);
        assertEquals(EXCEEDED, outcome.error().name());
        assertNull(outcome.returnValueJson());
    }

    @Test
    void catchingTheErrorDoesNotKeepTheStepGoing() {
        long started = System.nanoTime();
        StepOutcome outcome = run(component("""
                run() {
                  for (;;) { try { console.log('w'.repeat(100)) } catch (e) { } }
                }"""), 10_000);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(EXCEEDED, outcome.error().name());
        assertFalse(outcome.timedOut());
        assertTrue(millis < 10_000, "took " + millis + " ms");
        assertTrue(logBytes(outcome) <= 10_000);
        assertEquals("3", run(component("run() { console.log('fine'); return 3 }"), 10_000).returnValueJson());
    }

    @Test
    void aStepWithinItsBudgetSucceeds() {
        StepOutcome outcome = run(component(
                "run({ $ }) { for (let i = 0; i < 5; i++) console.log('l'.repeat(100)); $.export('e', 'v'); return 'ok' }"), 2000);
        assertNull(outcome.error());
        assertEquals(5, outcome.logs().size());
        assertEquals("\"ok\"", outcome.returnValueJson());
    }
}
