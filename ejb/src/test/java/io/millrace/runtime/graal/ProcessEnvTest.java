package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static io.millrace.runtime.graal.StepTesting.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;

/** {@code process}: {@code process.env} from the invocation, {@code process.version}, {@code nextTick}, ... */
class ProcessEnvTest {

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

    private static StepOutcome run(String code, Map<String, String> env) {
        return runtime.run(StepTesting.invocation(code, Instant.now().plusSeconds(20)).withEnv(env), StepListener.NONE);
    }

    @Test
    void envGivesTheValuesAndUndefinedForMissingKeys() {
        StepOutcome outcome = run(component(
                "run() { return [process.env.API_KEY, process.env.api_key, typeof process.env.MISSING, 'API_KEY' in process.env] }"),
                Map.of("API_KEY", "s3cr3t-value", "api_key", "lower"));
        assertNull(outcome.error());
        assertEquals("[\"s3cr3t-value\",\"lower\",\"undefined\",true]", outcome.returnValueJson());
    }

    @Test
    void compatConstructorHasNoEnvironment() {
        StepInvocation old = new StepInvocation("s", component("run() { return Object.keys(process.env).length }"),
                "{}", StepTesting.STEPS, Instant.now().plusSeconds(20));
        assertEquals(Map.of(), old.env());
        assertEquals(0, old.payloadBudgetBytes());
        assertNull(old.tmpDir());
        assertEquals(StepInvocation.FUNCTION_PAYLOAD_LIMIT_BYTES, old.effectivePayloadBudget());
        assertEquals("0", runtime.run(old, StepListener.NONE).returnValueJson());
    }

    @Test
    void assignmentsStayInTheirRun() {
        Map<String, String> env = Map.of("TOKEN", "abcd1234");
        StepOutcome first = run(component(
                "run() { process.env.TOKEN = 'changed'; process.env.NEW = 5; return [process.env.TOKEN, process.env.NEW] }"), env);
        assertEquals("[\"changed\",\"5\"]", first.returnValueJson());
        StepOutcome second = run(component("run() { return [process.env.TOKEN, process.env.NEW ?? null] }"), env);
        assertEquals("[\"abcd1234\",null]", second.returnValueJson());
    }

    @Test
    void envIsEmptyInTheModulesTopLevelCode() {
        StepOutcome outcome = run("const atTop = process.env.KEY;\n"
                + component("run() { return [atTop ?? null, process.env.KEY] }"), Map.of("KEY", "value"));
        assertEquals("[null,\"value\"]", outcome.returnValueJson());
    }

    @Test
    void processHasVersionPlatformAndNextTick() {
        StepOutcome outcome = run(component("""
                async run() {
                  const order = [];
                  process.nextTick((a, b) => order.push('tick ' + a + b), 1, 2);
                  order.push('sync');
                  await null;
                  return [process.version, process.versions.node, process.platform, typeof process.cwd(),
                          Array.isArray(process.hrtime()), order];
                }"""), Map.of());
        assertNull(outcome.error());
        assertEquals("[\"v20.0.0\",\"20.0.0\",\"linux\",\"string\",true,[\"sync\",\"tick 12\"]]", outcome.returnValueJson());
    }

    @Test
    void processCanBeImportedAndRequired() {
        assertEquals("[\"v\",\"v\"]", run("import process, { env } from 'node:process';\n"
                + component("run() { return [process.env.X, env.X] }"), Map.of("X", "v")).returnValueJson());
        assertEquals("\"v\"", run("const p = require('process');\nmodule.exports = { run() { return p.env.X } }",
                Map.of("X", "v")).returnValueJson());
    }

    @Test
    void processExitFailsClearly() {
        StepOutcome outcome = run(component("run() { process.exit(0) }"), Map.of());
        assertTrue(outcome.error().message().startsWith("process.exit is not supported"), outcome.error().message());
    }

    @Test
    void invocationToStringHidesValues() {
        StepInvocation invocation = StepTesting.invocation("x", Instant.now()).withEnv(Map.of("SECRET", "hunter2hunter2"));
        assertFalse(invocation.toString().contains("hunter2"), invocation.toString());
        assertTrue(invocation.toString().contains("SECRET"), invocation.toString());
    }

    @Test
    void valuesTheStepLogsItselfAreKept() {
        // as in Pipedream, logging a secret on purpose shows it: only Millrace's own lines are masked
        StepOutcome outcome = run(component("run() { console.log(process.env.K) }"), Map.of("K", "visible-value"));
        assertEquals(List.of("visible-value"), messages(outcome));
    }
}
