package io.millrace.runtime.graal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.SourceInvocation;
import io.millrace.runtime.SourceOutcome;
import io.millrace.runtime.SourcePhase;
import io.millrace.runtime.StepListener;

/** Sources are bound by the same memory watchdog, payload limit and send caps as steps. */
class SourceLimitsTest {

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime strict;
    private static GraalComponentRuntime components;

    @BeforeAll
    static void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        strict = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS.withLimits(RuntimeLimits.DEFAULTS.withMemory(64 * RuntimeLimits.MB, 0)));
        components = new GraalComponentRuntime(strict);
    }

    @AfterAll
    static void stop() {
        strict.close();
        scheduler.shutdownNow();
    }

    private static SourceOutcome run(String code) {
        return components.runSource(new SourceInvocation("dc_limits", code, SourcePhase.RUN, "{}", null, "{}", "{\"k\":1}",
                Instant.now().plusSeconds(60), Map.of(), null, null), StepListener.NONE);
    }

    @Test
    void aRunawaySourceIsStoppedAsOutOfMemoryAndKeepsItsDb() {
        SourceOutcome outcome = run("""
                export default { props: { db: "$.service.db" }, run() {
                  this.db.set("k", 2);
                  const hoard = [];
                  for (;;) hoard.push({ i: hoard.length, s: "item " + hoard.length });
                } };""");
        assertFalse(outcome.timedOut());
        assertEquals("Out of Memory", outcome.error().name());
        assertEquals("{\"k\":1}", outcome.dbJson());
        assertTrue(run("export default { run() { this.$emit(1) } }").succeeded());
    }

    @Test
    void logsBeyondTheFunctionPayloadLimitFailTheSource() {
        SourceOutcome outcome = run("""
                export default { run() {
                  const line = "x".repeat(60 * 1024);
                  for (let i = 0; i < 200; i++) console.log(line);
                } };""");
        assertEquals("Function Payload Limit Exceeded", outcome.error().name());
        assertTrue(outcome.logs().size() < 200, "logging stopped at the limit: " + outcome.logs().size());
    }

    @Test
    void emittedEventsAreCapped() {
        SourceOutcome outcome = run("""
                export default { run() {
                  const big = "y".repeat(1024 * 1024);
                  for (let i = 0; i < 10; i++) this.$emit({ big });
                } };""");
        assertEquals("this.$emit: the events and emails of a run may be at most 6 MB together", outcome.error().message());
        assertEquals(5, outcome.emissions().size());
    }
}
