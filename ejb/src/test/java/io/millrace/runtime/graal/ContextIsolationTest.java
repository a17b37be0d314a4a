package io.millrace.runtime.graal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.HttpReply;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.shared.egress.EgressGuard;

/**
 * Runs of the same step code share nothing: every run gets a context of its own (prepared ahead
 * or not), so module-level state, globals and mutated built-ins never reach a later run.
 */
class ContextIsolationTest {

    /** Mutates everything a step could use to pass state on, and reports what it found first. */
    private static final String LEAKY_MODULE = """
            let counter = 0;
            export default defineComponent({
              async run() {
                counter++;
                globalThis.x = (globalThis.x || 0) + 1;
                Array.prototype.foo = (Array.prototype.foo || 0) + 1;
                Object.prototype.bar = (Object.prototype.bar || 0) + 1;
                Buffer.prototype.baz = (Buffer.prototype.baz || 0) + 1;
                URL.prototype.qux = (URL.prototype.qux || 0) + 1;
                console.log = () => {};
                setTimeout(() => { globalThis.late = true }, 0);
                return [counter, globalThis.x, [].foo, ({}).bar, Buffer.alloc(0).baz, new URL('http://h').qux,
                        typeof globalThis.late];
              },
            });""";
    private static final String LEAKY_SCRIPT = """
            var counter = (typeof counter === 'number' ? counter : 0) + 1;
            module.exports = { run() {
              const seen = [counter, typeof ''.shout, typeof require('crypto').leak];
              String.prototype.shout = function () { return 'leak' };
              require('crypto').leak = 1;
              return seen;
            } };""";
    private static final String FIRST_RUN = "[1,1,1,1,1,1,\"undefined\"]";

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime prepared;
    private static GraalStepRuntime unprepared;

    @BeforeAll
    static void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        prepared = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS.withPreparedContexts(2));
        unprepared = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS.withPreparedContexts(0));
    }

    @AfterAll
    static void stop() {
        prepared.close();
        unprepared.close();
        scheduler.shutdownNow();
    }

    @Test
    void nothingLeaksBetweenRunsOfTheSameModule() {
        for (GraalStepRuntime runtime : List.of(prepared, unprepared)) {
            for (int i = 0; i < 3; i++) {
                StepOutcome outcome = StepTesting.run(runtime, LEAKY_MODULE);
                assertNull(outcome.error());
                assertEquals(FIRST_RUN, outcome.returnValueJson(), "run " + (i + 1));
            }
        }
    }

    @Test
    void nothingLeaksBetweenRunsOfTheSameScript() {
        for (int i = 0; i < 3; i++) {
            assertEquals("[1,\"undefined\",\"undefined\"]", StepTesting.run(prepared, LEAKY_SCRIPT).returnValueJson());
        }
    }

    @Test
    void preparedContextsRespondToTheirOwnRun() {
        String code = StepTesting.component("run({ steps, $ }) { $.respond({ body: String(steps.trigger.event.body.n) }) }");
        for (int i = 0; i < 3; i++) {
            List<HttpReply> replies = new ArrayList<>();
            StepListener listener = replies::add;
            prepared.run(StepTesting.invocation(code, java.time.Instant.now().plusSeconds(20)), listener);
            assertEquals(1, replies.size());
        }
    }

    @Test
    void poolPreparesAheadAndHandsEachContextOutOnce() {
        try (Engine engine = Sandbox.newEngine();
             ContextPool pool = new ContextPool(engine, Runnable::run, 2, EgressGuard.DEFAULT,
                     RuntimeLimits.DEFAULTS.allocationCapBytes(), new HeapRoom(() -> -1))) {
            assertEquals(2, pool.ready());
            ContextPool.Prepared first = pool.take();
            ContextPool.Prepared second = pool.take();
            assertNotSame(first.context(), second.context());
            assertEquals(2, pool.ready());
            first.context().close();
            second.context().close();
            pool.close();
            assertEquals(0, pool.ready());
            ContextPool.Prepared afterClose = pool.take(); // prepared on the caller's thread
            assertEquals(0, pool.ready());
            afterClose.context().close();
            assertThrows(IllegalStateException.class, () -> first.context().eval("js", "1"));
        }
    }
}
