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

import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;

/**
 * Steps that allocate without bound are stopped as "Out of Memory". The limits are set low here, so
 * that a runaway step reaches them quickly in a test JVM with a large heap.
 */
class MemoryWatchdogTest {

    private static final String RUNAWAY = component("""
            run() {
              console.log('starting');
              const hoard = [];
              for (;;) hoard.push({ i: hoard.length, s: 'item ' + hoard.length });
            }""");

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime strict;
    private static GraalStepRuntime heapAware;

    @BeforeAll
    static void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        strict = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS.withLimits(RuntimeLimits.DEFAULTS.withMemory(64 * RuntimeLimits.MB, 0)));
        heapAware = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS.withLimits(RuntimeLimits.DEFAULTS.withMemory(RuntimeLimits.MB, 0.99)));
    }

    @AfterAll
    static void stop() {
        strict.close();
        heapAware.close();
        scheduler.shutdownNow();
    }

    private static StepOutcome run(GraalStepRuntime runtime, String code) {
        return runtime.run(StepTesting.invocation(code, Instant.now().plusSeconds(60)), StepListener.NONE);
    }

    @Test
    void aRunawayStepIsStoppedAsOutOfMemoryAndTheNextStepRuns() {
        long started = System.nanoTime();
        StepOutcome outcome = run(strict, RUNAWAY);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertFalse(outcome.timedOut());
        assertEquals("Out of Memory", outcome.error().name());
        assertTrue(outcome.error().message().contains("more than the limit of 64 MB"), outcome.error().message());
        assertEquals(1, outcome.logs().size()); // what it logged before is kept
        assertTrue(millis < 30_000, "took " + millis + " ms");

        StepOutcome next = run(strict, component("run() { return [1, 2, 3].map(n => n * 2) }"));
        assertNull(next.error());
        assertEquals("[2,4,6]", next.returnValueJson());
    }

    @Test
    void aRunawayStepIsStoppedWhenTheHeapIsFullEnoughAfterACollection() {
        // a tiny fraction stands for "the heap is full": what matters is that it is judged after a collection
        try (GraalStepRuntime runtime = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS.withLimits(RuntimeLimits.DEFAULTS.withMemory(64 * RuntimeLimits.MB, 1e-6)))) {
            System.gc(); // the watchdog learns the heap's use after a collection from the JVM's GC notifications
            StepOutcome outcome = run(runtime, RUNAWAY);
            assertEquals("Out of Memory", outcome.error().name());
            assertTrue(outcome.error().message().contains("% full"), outcome.error().message());
            assertEquals("1", run(runtime, component("run() { return 1 }")).returnValueJson());
        }
    }

    @Test
    void aStepThatAllocatesLittleIsNotStopped() {
        for (int i = 0; i < 3; i++) {
            StepOutcome outcome = run(strict, component("""
                    async run() {
                      const items = Array.from({ length: 1000 }, (_, i) => ({ i, name: 'n' + i }));
                      await new Promise(r => setTimeout(r, 120));
                      return items.filter(x => x.i % 2).length;
                    }"""));
            assertNull(outcome.error());
            assertEquals("500", outcome.returnValueJson());
        }
    }

    @Test
    void allocationAloneDoesNotStopAStepWhileTheHeapHasRoom() {
        // over the 1 MB allocation limit many times over, but the heap is nowhere near 99 % full
        StepOutcome outcome = run(heapAware, component("""
                async run() {
                  let total = 0;
                  for (let round = 0; round < 20; round++) {
                    const garbage = Array.from({ length: 20000 }, (_, i) => 'g' + i);
                    total += garbage.length;
                    await new Promise(r => setTimeout(r, 5));
                  }
                  return total;
                }"""));
        assertNull(outcome.error());
        assertEquals("400000", outcome.returnValueJson());
    }
}
