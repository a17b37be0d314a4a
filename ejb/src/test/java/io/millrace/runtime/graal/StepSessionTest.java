package io.millrace.runtime.graal;

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

import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.StepRuntime;

/**
 * The steps of one execution run in one context ({@link GraalStepSession}): each step still gets its
 * own {@code $}, exports, logs and return value; globals reach later steps of the same execution only;
 * a stopped step's context is replaced.
 */
class StepSessionTest {

    private static final String COUNT_GLOBALS = StepTesting.component("""
            async run({ $ }) {
              globalThis.seen = (globalThis.seen || 0) + 1;
              $.export('seen', globalThis.seen);
              console.log('step', globalThis.seen);
              return globalThis.seen;
            }""");

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime runtime;

    @BeforeAll
    static void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        runtime = new GraalStepRuntime(scheduler,
                RuntimeOptions.DEFAULTS.withPreparedContexts(2).withEgress(StepTesting.LOOPBACK_ALLOWED));
    }

    @AfterAll
    static void stop() {
        runtime.close();
        scheduler.shutdownNow();
    }

    private static StepOutcome step(StepRuntime.Session session, String name, String code, int seconds) {
        return session.run(new StepInvocation(name, code, "{}", StepTesting.STEPS, Instant.now().plusSeconds(seconds)),
                StepListener.NONE);
    }

    @Test
    void laterStepsOfAnExecutionSeeItsGlobalsButGetTheirOwnResults() {
        try (StepRuntime.Session session = runtime.session()) {
            for (int i = 1; i <= 3; i++) {
                StepOutcome outcome = step(session, "s" + i, COUNT_GLOBALS, 20);
                assertNull(outcome.error());
                assertEquals(String.valueOf(i), outcome.returnValueJson());
                assertEquals("{\"seen\":" + i + "}", outcome.exportsJson());
                assertEquals(List.of("step " + i), StepTesting.messages(outcome), "only this step's logs");
            }
        }
    }

    @Test
    void anotherExecutionSeesNothingOfTheFirst() {
        try (StepRuntime.Session first = runtime.session(); StepRuntime.Session second = runtime.session()) {
            step(first, "a", COUNT_GLOBALS, 20);
            step(first, "b", COUNT_GLOBALS, 20);
            assertEquals("1", step(second, "a", COUNT_GLOBALS, 20).returnValueJson());
        }
        try (StepRuntime.Session third = runtime.session()) {
            assertEquals("1", step(third, "a", COUNT_GLOBALS, 20).returnValueJson());
        }
    }

    @Test
    void aModuleAfterACommonJsStepHasNoRequire() {
        try (StepRuntime.Session session = runtime.session()) {
            StepOutcome script = step(session, "cjs", "module.exports = { run() { return typeof require } }", 20);
            assertEquals("\"function\"", script.returnValueJson());
            StepOutcome module = step(session, "esm", StepTesting.component("run() { return require('crypto') }"), 20);
            assertEquals("ReferenceError", module.error().name());
            assertTrue(module.error().message().contains("require is not defined"), module.error().message());
        }
    }

    @Test
    void timersAndLogsOfAStepNeverReachTheNextOne() {
        try (StepRuntime.Session session = runtime.session()) {
            StepOutcome first = step(session, "first", StepTesting.component("""
                    run() {
                      setTimeout(() => console.log('late from first'), 50);
                      setInterval(() => console.log('tick from first'), 10);
                      return 1;
                    }"""), 20);
            assertNull(first.error());
            StepOutcome second = step(session, "second", StepTesting.component("""
                    async run() {
                      await new Promise(resolve => setTimeout(resolve, 200));
                      return 2;
                    }"""), 20);
            assertEquals("2", second.returnValueJson());
            assertEquals(List.of(), StepTesting.messages(second));
        }
    }

    @Test
    void aStepAfterATimedOutOneRunsInAFreshContext() {
        try (StepRuntime.Session session = runtime.session()) {
            step(session, "a", COUNT_GLOBALS, 20);
            StepOutcome stuck = step(session, "stuck", StepTesting.component("run() { globalThis.seen = 100; while (true) {} }"), 1);
            assertTrue(stuck.timedOut());
            StepOutcome after = step(session, "c", COUNT_GLOBALS, 20);
            assertNull(after.error());
            assertEquals("1", after.returnValueJson(), "the stopped context and its globals are gone");
        }
    }

    @Test
    void aStepWithoutHostEffectsSaysSoAndOneWithHttpOrFilesDoesNot() {
        try (StepRuntime.Session session = runtime.session()) {
            assertFalse(step(session, "pure", COUNT_GLOBALS, 20).effects());
            assertFalse(step(session, "hashing", StepTesting.component(
                    "run() { return Buffer.from('x').toString('base64') + crypto.randomUUID().length }"), 20).effects());
            assertTrue(step(session, "fetching", StepTesting.component(
                    "async run() { try { await fetch('http://127.0.0.1:1/') } catch (e) {} }"), 20).effects());
            assertTrue(step(session, "writing", "import fs from 'fs';\n" + StepTesting.component(
                    "run() { try { fs.writeFileSync('/tmp/x', 'y') } catch (e) {} }"), 20).effects());
        }
    }
}
