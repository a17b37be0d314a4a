package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.StepOutcome;

/**
 * Single allocations larger than a step may take are refused before any memory is taken, on every path that
 * allocates in one go: buffers, typed arrays (also reached through {@code constructor} and {@code from}),
 * arrays filled in one call, strings. With a 16 MB limit here, whatever the test JVM's heap.
 */
class AllocationGuardsTest {

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime runtime;

    @BeforeAll
    static void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        runtime = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS.withLimits(
                RuntimeLimits.DEFAULTS.withMemory(16 * RuntimeLimits.MB, 0.70)));
    }

    @AfterAll
    static void stop() {
        runtime.close();
        scheduler.shutdownNow();
    }

    private static StepOutcome run(String body) {
        return StepTesting.run(runtime, component("run() { " + body + " }"));
    }

    private static void assertRefused(String body) {
        StepOutcome outcome = run(body);
        assertTrue(outcome.error() != null, body + " was allowed: " + outcome.returnValueJson());
        assertEquals("RangeError", outcome.error().name(), body + ": " + outcome.error().message());
        assertTrue(outcome.error().message().contains("more than the 16 MB one allocation of a step may take")
                || outcome.error().message().contains("Invalid string length")
                || outcome.error().message().contains("Invalid typed array length"), outcome.error().message());
    }

    @Test
    void oversizedSingleAllocationsAreRefusedBeforeTheyHappen() {
        assertRefused("return new ArrayBuffer(64 * 1024 * 1024).byteLength");
        assertRefused("return new SharedArrayBuffer(64 * 1024 * 1024).byteLength");
        assertRefused("return new ArrayBuffer(8, { maxByteLength: 2 ** 30 }).byteLength");
        assertRefused("return new Float64Array(4 * 1024 * 1024).length");
        assertRefused("return Uint8Array.from({ length: 2 ** 30 }).length");
        assertRefused("return new (new Uint8Array(1).constructor)(2 ** 30).length");
        assertRefused("return Buffer.alloc(2 ** 30).length");
        assertRefused("class Big extends Uint16Array {}; return new Big(2 ** 28).length");
        assertRefused("return new Array(1e9).fill(0).length");
        assertRefused("return Array.from({ length: 3e8 }).length");
        assertRefused("return 'x'.repeat(64 * 1024 * 1024).length");
    }

    @Test
    void allocationsWithinTheCapBehaveAsBefore() {
        StepOutcome outcome = run("const b = Buffer.alloc(1024 * 1024, 1); const t = new Float64Array(1000);"
                + " const u = new Uint8Array([1, 2, 3]); class Mine extends Uint8Array {};"
                + " return [b.length, b[5], t.length, u instanceof Uint8Array, u.constructor === Uint8Array,"
                + " new Mine(2) instanceof Mine, new Array(5).fill(7).join(''), Array.from('abc').length,"
                + " Array.from({ length: 3 }, (_, i) => i).join(''), new Uint8Array(4).map(x => x + 1).join(''),"
                + " new ArrayBuffer(16).slice(4).byteLength, 'ab'.repeat(1000).length]");
        assertNull(outcome.error(), () -> outcome.error().message());
        assertEquals("[1048576,1,1000,true,true,true,\"77777\",3,\"012\",\"1111\",12,2000]", outcome.returnValueJson());
    }
}
