package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.StepOutcome;

/** console.log and console.dir show values as Node.js does (util.inspect), strings as they are. */
class StepConsoleTest {

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

    /** Each expression of runtime/inspect-cases.js gives what it gives in Node.js 20. */
    @Test
    void inspectsLikeNode() throws IOException {
        StepOutcome outcome = StepTesting.run(runtime, resource("inspect-cases.js"));
        assertNull(outcome.error());
        List<String> expected = resource("inspect-expected.txt").lines().toList();
        List<String> actual = StepTesting.messages(outcome);
        assertEquals(expected.size(), actual.size());
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                differences.add("case " + (i + 1) + ": expected " + expected.get(i) + "\n          but got " + actual.get(i));
            }
        }
        assertTrue(differences.isEmpty(), () -> String.join("\n", differences));
    }

    private static List<String> lines(StepOutcome outcome) {
        return outcome.logs().stream().map(l -> l.level() + "|" + l.message()).collect(Collectors.toList());
    }

    @Test
    void consoleLogShowsObjectsAsNodeDoesAndStringsAsTheyAre() {
        StepOutcome outcome = StepTesting.run(runtime, component("""
                run({ steps }) {
                  console.log("got", steps.trigger.event.body, "it's", [1, "a"], null, undefined, 2n);
                  console.info({ nested: { deeper: { deepest: { n: 1 } } } });
                  console.log("%s and %o", "fmt", { a: 1 });
                  console.error(new Map([["k", { v: true }]]));
                }"""));
        assertNull(outcome.error());
        assertEquals(List.of("log|got { n: 41 } it's [ 1, 'a' ] null undefined 2n",
                "info|{ nested: { deeper: { deepest: [Object] } } }",
                "log|fmt and { a: 1 }",
                "error|Map(1) { 'k' => { v: true } }"), lines(outcome));
    }

    @Test
    void consoleDirInspectsItsValueWithItsOptions() {
        StepOutcome outcome = StepTesting.run(runtime, component("""
                run() {
                  console.dir({ a: 1, b: "x" });
                  console.dir("text");
                  console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });
                  console.dir({ [Symbol.for("nodejs.util.inspect.custom")]() { return "custom" } });
                }"""));
        assertNull(outcome.error());
        assertEquals(List.of("dir|{ a: 1, b: 'x' }", "dir|'text'", "dir|{\n  a: { b: { c: { d: 1 } } }\n}",
                // as in Node: console.dir does not call custom inspect functions
                "dir|{\n  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n}"), lines(outcome));
    }

    @Test
    void errorsShowTheirStackWithoutMillracesFrames() {
        StepOutcome outcome = StepTesting.run(runtime, component("""
                run() {
                  const e = new Error("boom");
                  e.code = "E_BOOM";
                  console.log(e);
                  console.log({ error: new TypeError("inner") });
                }"""));
        assertNull(outcome.error());
        List<String> messages = StepTesting.messages(outcome);
        assertTrue(messages.get(0).startsWith("Error: boom\n    at Object.run (my_step:3:"), messages.get(0));
        assertTrue(messages.get(0).endsWith(" {\n  code: 'E_BOOM'\n}"), messages.get(0));
        assertTrue(!messages.get(0).contains("millrace-bootstrap"), messages.get(0));
        assertTrue(messages.get(1).startsWith("{\n  error: TypeError: inner\n      at Object.run (my_step:6:"), messages.get(1));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = StepConsoleTest.class.getResourceAsStream("/runtime/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
