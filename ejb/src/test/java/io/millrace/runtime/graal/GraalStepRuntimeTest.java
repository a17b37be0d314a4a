package io.millrace.runtime.graal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.HttpReply;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.StepSyntaxException;
import io.millrace.shared.Quoted;

class GraalStepRuntimeTest {

    private static final String STEPS = "{\"trigger\":{\"event\":{\"body\":{\"n\":41}},\"context\":{}}}";

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
        return run(code, "{}", StepListener.NONE);
    }

    private static StepOutcome run(String code, String propsJson, StepListener listener) {
        StepInvocation invocation = new StepInvocation("my_step", code, propsJson, STEPS,
                Instant.now().plusSeconds(20));
        return runtime.run(invocation, listener);
    }

    private static String component(String body) {
        return "export default defineComponent({\n" + body + "\n})\n";
    }

    @Test
    void returnsTheValueOfRun() {
        StepOutcome outcome = run(component("run({ steps }) { return { n: steps.trigger.event.body.n + 1 } }"));
        assertTrue(outcome.succeeded(), () -> String.valueOf(outcome.error()));
        assertEquals("{\"n\":42}", outcome.returnValueJson());
        assertEquals("{}", outcome.exportsJson());
    }

    @Test
    void undefinedReturnIsNull() {
        StepOutcome outcome = run(component("run() {}"));
        assertTrue(outcome.succeeded());
        assertNull(outcome.returnValueJson());
    }

    @Test
    void recordsExports() {
        StepOutcome outcome = run(component(
                "run({ $ }) { $.export('name', 'value'); $.export('obj', { a: [1, 2] }); $.export('name', 'again') }"));
        assertTrue(outcome.succeeded(), () -> String.valueOf(outcome.error()));
        assertEquals("{\"name\":\"again\",\"obj\":{\"a\":[1,2]}}", outcome.exportsJson());
    }

    @Test
    void exportingAFunctionFailsClearly() {
        StepOutcome outcome = run(component("run({ $ }) { $.export('x', () => 1) }"));
        assertNotNull(outcome.error());
        assertEquals("TypeError", outcome.error().name());
        assertTrue(outcome.error().message().contains("$.export: value of \"x\" is not JSON-serializable"),
                outcome.error().message());
    }

    @Test
    void exportingACycleFailsClearly() {
        StepOutcome outcome = run(component("run({ $ }) { const o = {}; o.self = o; $.export('x', o) }"));
        assertEquals("TypeError", outcome.error().name());
        assertTrue(outcome.error().message().startsWith("$.export: value of \"x\" is not JSON-serializable"));
    }

    @Test
    void capturesConsoleLevels() {
        StepOutcome outcome = run(component("""
                run({ steps }) {
                  console.log("got", steps.trigger.event.body, 3, null, undefined);
                  console.info("i"); console.warn("w"); console.error("e"); console.debug("d"); console.dir({ x: [1] });
                }"""));
        assertTrue(outcome.succeeded(), () -> String.valueOf(outcome.error()));
        List<String> lines = outcome.logs().stream().map(l -> l.level() + "|" + l.message()).collect(Collectors.toList());
        assertEquals(List.of("log|got { n: 41 } 3 null undefined", "info|i", "warn|w", "error|e", "log|d",
                "dir|{ x: [ 1 ] }"), lines);
        assertNotNull(outcome.logs().get(0).ts());
    }

    @Test
    void propsUseDefaultsAndConfiguredValues() {
        String code = component("""
                props: { greeting: { type: "string", default: "hi" }, name: { type: "string", default: "x" }, n: { type: "integer", optional: true } },
                run() { return [this.greeting, this.name, this.n] }""");
        assertEquals("[\"hi\",\"bob\",null]", run(code, "{\"name\":\"bob\"}", StepListener.NONE).returnValueJson());
        assertEquals("[\"yo\",\"x\",3]", run(code, "{\"greeting\":\"yo\",\"n\":3}", StepListener.NONE).returnValueJson());
    }

    @Test
    void methodsAreAvailableOnThis() {
        StepOutcome outcome = run(component("""
                props: { base: { type: "integer", default: 10 } },
                methods: { add(n) { return this.base + n } },
                run() { return this.add(5) }"""));
        assertEquals("15", outcome.returnValueJson());
    }

    @Test
    void awaitsAsyncRun() {
        StepOutcome outcome = run(component("""
                async run({ $ }) {
                  const a = await Promise.resolve(1);
                  const b = await (async () => { await null; return 2 })();
                  $.export("later", a + b);
                  return a + b;
                }"""));
        assertTrue(outcome.succeeded(), () -> String.valueOf(outcome.error()));
        assertEquals("3", outcome.returnValueJson());
        assertEquals("{\"later\":3}", outcome.exportsJson());
    }

    @Test
    void awaitsTimers() {
        StepOutcome outcome = run(component(
                "async run() { await new Promise(r => setTimeout(r, 20)); return 'slept' }"));
        assertEquals("\"slept\"", outcome.returnValueJson());
    }

    @Test
    void promiseThatNeverSettlesIsAnError() {
        StepOutcome outcome = run(component("async run() { await new Promise(() => {}); return 1 }"));
        assertFalse(outcome.timedOut());
        assertNotNull(outcome.error());
        assertEquals(StepExecution.NEVER_SETTLES, outcome.error().message());
    }

    @Test
    void respondWithObjectBody() {
        List<HttpReply> replies = new ArrayList<>();
        StepOutcome outcome = run(component("""
                async run({ $ }) {
                  await $.respond({ status: 201, headers: { "x-a": "b" }, body: { ok: true } });
                  return 1;
                }"""), "{}", replies::add);
        assertTrue(outcome.succeeded(), () -> String.valueOf(outcome.error()));
        assertEquals(1, replies.size());
        HttpReply reply = replies.get(0);
        assertEquals(201, reply.status());
        assertEquals(Map.of("x-a", "b"), reply.headers());
        assertEquals("{\"ok\":true}", new String(reply.body(), StandardCharsets.UTF_8));
        assertTrue(reply.json());
        assertFalse(reply.immediate());
    }

    @Test
    void respondWithStringBodyAndImmediate() {
        List<HttpReply> replies = new ArrayList<>();
        run(component("run({ $ }) { $.respond({ immediate: true, body: 'héllo' }) }"), "{}", replies::add);
        HttpReply reply = replies.get(0);
        assertEquals(200, reply.status());
        assertArrayEquals("héllo".getBytes(StandardCharsets.UTF_8), reply.body());
        assertFalse(reply.json());
        assertTrue(reply.immediate());
    }

    @Test
    void respondWithoutBodyIsEmpty() {
        List<HttpReply> replies = new ArrayList<>();
        run(component("run({ $ }) { $.respond({ status: 204 }) }"), "{}", replies::add);
        assertEquals(204, replies.get(0).status());
        assertEquals(0, replies.get(0).body().length);
    }

    @Test
    void failingListenerBecomesAnErrorInTheStep() {
        StepListener failing = reply -> { throw new IllegalStateException("already responded"); };
        StepOutcome outcome = run(component("run({ $ }) { $.respond({ body: 'x' }) }"), "{}", failing);
        assertEquals("Error", outcome.error().name());
        assertEquals("$.respond: already responded", outcome.error().message());
    }

    @Test
    void runningAComponentWithoutRunIsAnError() {
        StepOutcome outcome = run(component("props: {}"));
        assertEquals("TypeError", outcome.error().name());
        assertEquals("the component must export a run method", outcome.error().message());
    }

    @Test
    void thrownErrorHasNameMessageAndStack() {
        StepOutcome outcome = run(component("""
                async run() {
                  console.log("before");
                  await null;
                  null.x;
                }"""));
        assertNotNull(outcome.error());
        assertEquals("TypeError", outcome.error().name());
        assertTrue(outcome.error().message().contains("'x'"), outcome.error().message());
        String stack = outcome.error().stack();
        assertTrue(stack.startsWith("TypeError: " + outcome.error().message()), stack);
        assertTrue(stack.contains("    at run (my_step:5:"), stack);
        assertFalse(stack.contains("bootstrap"), stack);
        assertEquals(List.of("before"), outcome.logs().stream().map(l -> l.message()).collect(Collectors.toList()));
    }

    @Test
    void stackListsNestedUserFrames() {
        StepOutcome outcome = run(component("""
                methods: { check(v) { if (!v) throw new RangeError("bad value") } },
                run() { this.check(0) }"""));
        assertEquals("RangeError", outcome.error().name());
        assertEquals("bad value", outcome.error().message());
        assertTrue(outcome.error().stack().startsWith("RangeError: bad value\n    at check (my_step:2:"),
                outcome.error().stack());
        assertTrue(outcome.error().stack().contains("\n    at run (my_step:3:"), outcome.error().stack());
    }

    @Test
    void throwingANonErrorIsReportedAsError() {
        StepOutcome outcome = run(component("run() { throw 'x' }"));
        assertEquals("Error", outcome.error().name());
        assertEquals("x", outcome.error().message());
        assertEquals("Error: x", outcome.error().stack());
    }

    @Test
    void validateAcceptsAComponent() {
        runtime.validate("ok", component("async run({ steps, $ }) { return 1 }"));
        runtime.validate("cjs", "module.exports = { run() { return 1 } }");
    }

    @Test
    void validateReportsSyntaxErrorsWithLineAndColumn() {
        StepSyntaxException e = assertThrows(StepSyntaxException.class,
                () -> runtime.validate("bad_step", component("run() {\n  let x = ;\n}")));
        assertEquals("bad_step", e.stepName());
        assertEquals(3, e.line());
        assertEquals(11, e.column());
        assertFalse(e.getMessage().contains("bad_step:"), e.getMessage());
    }

    @Test
    void aSyntaxErrorInHugeCodeIsLocatedWithAShortMessage() {
        String huge = "x".repeat(1024 * 1024);
        for (String code : new String[] {component("run() {\n  let x = " + huge + " " + huge + ";\n}"),
                component("run() {\n  return '" + huge + "\n}"), huge + " +", "1 + " + huge}) {
            StepSyntaxException e = assertThrows(StepSyntaxException.class, () -> runtime.validate("big", code));
            assertTrue(e.getMessage().length() <= Quoted.MAX_DETAIL + 40, () -> e.getMessage().length() + ": "
                    + e.getMessage().substring(0, 200));
            assertTrue(e.line() >= 1 && e.column() >= 1, e.line() + ":" + e.column());
        }
    }

    @Test
    void validateRejectsAComponentWithoutRun() {
        StepSyntaxException e = assertThrows(StepSyntaxException.class,
                () -> runtime.validate("no_run", component("props: {}")));
        assertTrue(e.getMessage().contains("run method"), e.getMessage());
        assertThrows(StepSyntaxException.class, () -> runtime.validate("nothing", "const x = 1;"));
    }

    @Test
    void infiniteLoopTimesOutAndFreesTheRuntime() {
        String code = component("run() { console.log('spinning'); while (true) {} }");
        long started = System.nanoTime();
        StepOutcome outcome = runtime.run(new StepInvocation("spin", code, "{}", STEPS,
                Instant.now().plusMillis(500)), StepListener.NONE);
        long elapsed = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertTrue(outcome.timedOut());
        assertFalse(outcome.succeeded());
        assertEquals(List.of("spinning"), outcome.logs().stream().map(l -> l.message()).collect(Collectors.toList()));
        assertTrue(elapsed < 5_000, "took " + elapsed + " ms");
        assertEquals("2", run(component("run() { return 2 }")).returnValueJson());
    }

    @Test
    void hostAccessFails() {
        for (String attempt : List.of("Java.type('java.lang.System')", "Polyglot.eval('js', '1')", "load('x')",
                "require('fs')", "print('x')")) {
            StepOutcome outcome = run(component("run() { return " + attempt + " }"));
            assertNotNull(outcome.error(), attempt);
        }
        // child_process imports (as in Node, for libraries that only touch it on some paths) but cannot run anything
        StepOutcome imported = run("import cp from 'child_process';\n" + component("run() { return cp.execSync('id') }"));
        assertNotNull(imported.error());
        assertTrue(imported.error().message().contains("not available in Millrace code steps"), imported.error().message());
    }

    @Test
    void noStateLeaksBetweenRuns() {
        run(component("run() { globalThis.leak = 1; return 1 }"));
        assertEquals("\"undefined\"", run(component("run() { return typeof leak }")).returnValueJson());
    }

    @Test
    void runsConcurrently() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<StepOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String code = component("async run() { await null; return " + i + " }");
                futures.add(pool.submit(() -> run(code)));
            }
            for (int i = 0; i < 8; i++) {
                assertEquals(String.valueOf(i), futures.get(i).get().returnValueJson());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closingEndsTheRuntimesTasksButLeavesTheSchedulerToItsOwner() throws Exception {
        ScheduledThreadPoolExecutor own = new ScheduledThreadPoolExecutor(1);
        own.setRemoveOnCancelPolicy(true);
        try {
            GraalStepRuntime closing = new GraalStepRuntime(own, RuntimeOptions.DEFAULTS.withPreparedContexts(1));
            assertEquals("1", StepTesting.run(closing, component("run() { return 1 }")).returnValueJson());
            closing.close();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!own.getQueue().isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertTrue(own.getQueue().isEmpty(), "left on the scheduler: " + own.getQueue());
            assertFalse(own.isShutdown());
            assertEquals(1, own.submit(() -> 1).get(5, TimeUnit.SECONDS));
        } finally {
            own.shutdownNow();
        }
    }

    @Test
    void supportsCommonJsExports() {
        assertEquals("7", run("module.exports = defineComponent({ run() { return 7 } })").returnValueJson());
    }
}
