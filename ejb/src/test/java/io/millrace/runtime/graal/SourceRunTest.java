package io.millrace.runtime.graal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.DataStores;
import io.millrace.runtime.Emission;
import io.millrace.runtime.HttpReply;
import io.millrace.runtime.LogEntry;
import io.millrace.runtime.SourceInvocation;
import io.millrace.runtime.SourceOutcome;
import io.millrace.runtime.SourcePhase;
import io.millrace.runtime.StepListener;

/** {@link GraalComponentRuntime#runSource}: `this` in run and hooks, $emit, db, http, errors and limits. */
class SourceRunTest {

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime steps;
    private static GraalComponentRuntime components;

    @BeforeAll
    static void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        steps = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS);
        components = new GraalComponentRuntime(steps);
    }

    @AfterAll
    static void stop() {
        steps.close();
        scheduler.shutdownNow();
    }

    static SourceInvocation invocation(String code, SourcePhase phase, String propsJson, String eventJson, String dbJson) {
        return new SourceInvocation("dc_test1", code, phase, propsJson, "https://example.test/s/dc_test1", eventJson,
                dbJson, Instant.now().plusSeconds(20), Map.of("GREETING", "hi there"), DataStores.NONE, Map.of());
    }

    static SourceOutcome run(String code) {
        return components.runSource(invocation(code, SourcePhase.RUN, "{}", "{\"timestamp\":1593937896}", "{}"),
                StepListener.NONE);
    }

    static List<String> messages(SourceOutcome outcome) {
        return outcome.logs().stream().map(LogEntry::message).toList();
    }

    @Test
    void theQuickstartCounterEmitsAndKeepsItsStateInTheDb() {
        String code = """
                export default {
                  name: "Source Demo",
                  props: { db: "$.service.db", timer: { type: "$.interface.timer", default: { intervalSeconds: 900 } } },
                  async run(event) {
                    let count = this.db.get("count") || 1;
                    this.$emit({ message: "hello world!", at: event.timestamp }, { summary: `Execution #${count}`, id: count, ts: 1700000000123 });
                    this.db.set("count", ++count);
                    this.db.set("seen", { list: [1, 2] });
                  },
                };""";
        SourceOutcome first = components.runSource(invocation(code, SourcePhase.RUN, "{}", "{\"timestamp\":1593937896}", "{}"),
                StepListener.NONE);
        assertTrue(first.succeeded(), String.valueOf(first.error()));
        assertEquals(List.of(new Emission("{\"message\":\"hello world!\",\"at\":1593937896}", "1", null, "Execution #1",
                1700000000123L)), first.emissions());
        assertEquals("{\"count\":2,\"seen\":{\"list\":[1,2]}}", first.dbJson());

        SourceOutcome second = components.runSource(invocation(code, SourcePhase.RUN, "{}", "{\"timestamp\":1}", first.dbJson()),
                StepListener.NONE);
        assertEquals("Execution #2", second.emissions().get(0).summary());
        assertEquals("{\"count\":3,\"seen\":{\"list\":[1,2]}}", second.dbJson());
    }

    @Test
    void appsPropDefinitionsAndAdditionalPropsWorkInSources() {
        String code = """
                const app = { type: "app", app: "lorem",
                  propDefinitions: { timer: { type: "$.interface.timer", default: { intervalSeconds: 60 } } },
                  methods: { region() { return this.$auth.region } } };
                export default {
                  props: { app, timer: { propDefinition: [app, "timer"] }, mode: { type: "string", default: "a" } },
                  async additionalProps() { return this.mode === "b" ? { extra: { type: "integer" } } : {} },
                  async run() { const { region } = this.app; this.$emit({ region: region(), timer: this.timer, extra: this.extra ?? null }) },
                };""";
        SourceOutcome outcome = components.runSource(invocation(code, SourcePhase.RUN,
                "{\"app\":{\"$auth\":{\"region\":\"eu\"}},\"mode\":\"b\",\"extra\":\"7\"}", "{}", "{}"), StepListener.NONE);
        assertTrue(outcome.succeeded(), String.valueOf(outcome.error()));
        assertEquals("{\"region\":\"eu\",\"timer\":{\"type\":\"$.interface.timer\",\"intervalSeconds\":60},\"extra\":7}",
                outcome.emissions().get(0).eventJson());
    }

    @Test
    void aFailedRunKeepsTheDbItHadAndReportsTheErrorNamingTheSource() {
        SourceOutcome outcome = components.runSource(invocation("""
                export default {
                  props: { db: "$.service.db" },
                  async run() {
                    this.db.set("count", 99);
                    this.$emit({ n: 1 });
                    this.boom();
                  },
                  methods: { boom() { throw new TypeError("no feed") } },
                };""", SourcePhase.RUN, "{}", "{}", "{\"count\":5}"), StepListener.NONE);
        assertFalse(outcome.succeeded());
        assertEquals("{\"count\":5}", outcome.dbJson());
        assertEquals("TypeError", outcome.error().name());
        assertEquals("no feed", outcome.error().message());
        assertTrue(outcome.error().stack().startsWith("TypeError: no feed\n    at boom (dc_test1:"), outcome.error().stack());
        assertEquals(1, outcome.emissions().size()); // what it emitted before failing is reported
    }

    @Test
    void dbValuesMustBeJsonAndGetReturnsACopyOrUndefined() {
        SourceOutcome outcome = run("""
                export default {
                  props: { db: "$.service.db" },
                  run() {
                    const missing = this.db.get("nope");
                    this.db.set("o", { a: 1 });
                    this.db.get("o").a = 2;
                    let error;
                    try { this.db.set("f", { fn() {} }); } catch (e) { error = e.message; }
                    this.$emit({ missing: missing === undefined, a: this.db.get("o").a, error });
                  },
                };""");
        assertEquals("{\"missing\":true,\"a\":1,\"error\":\"this.db.set: the value is not JSON-serializable: it contains a function\"}",
                outcome.emissions().get(0).eventJson());
    }

    @Test
    void userInputPropsGetDefaultsAndAreCheckedAndInterfacePropsDescribeThemselves() {
        String code = """
                export default {
                  props: {
                    url: { type: "string", label: "Feed URL" },
                    max: { type: "integer", default: 10, min: 1 },
                    timer: { type: "$.interface.timer", default: { intervalSeconds: 900 } },
                    http: "$.interface.http",
                    note: { type: "alert", alertType: "info", content: "x" },
                    gh: { type: "app", app: "github", methods: { token() { return this.$auth.oauth_access_token } } },
                  },
                  run() {
                    this.$emit({ url: this.url, max: this.max, timer: this.timer, endpoint: this.http.endpoint,
                                 note: this.note === undefined, token: this.gh.token(), greeting: process.env.GREETING });
                  },
                };""";
        SourceOutcome outcome = components.runSource(invocation(code, SourcePhase.RUN,
                "{\"url\":\"https://feed.test/{{x}}\",\"max\":\"3\",\"timer\":{\"intervalSeconds\":60},"
                        + "\"gh\":{\"$auth\":{\"oauth_access_token\":\"tok\"}}}", "{}", "{}"), StepListener.NONE);
        assertTrue(outcome.succeeded(), String.valueOf(outcome.error()));
        assertEquals("{\"url\":\"https://feed.test/{{x}}\",\"max\":3,\"timer\":{\"type\":\"$.interface.timer\",\"intervalSeconds\":60},"
                + "\"endpoint\":\"https://example.test/s/dc_test1\",\"note\":true,\"token\":\"tok\",\"greeting\":\"hi there\"}",
                outcome.emissions().get(0).eventJson());

        SourceOutcome invalid = components.runSource(invocation(code, SourcePhase.RUN, "{\"url\":\"u\",\"max\":0}", "{}", "{}"),
                StepListener.NONE);
        assertEquals("ConfigurationError", invalid.error().name());
        assertEquals("Prop \"max\" must be at least 1, got 0", invalid.error().message());
        SourceOutcome missing = components.runSource(invocation(code, SourcePhase.RUN, "{}", "{}", "{}"), StepListener.NONE);
        assertTrue(missing.error().message().startsWith("Required prop \"url\" has no value"), missing.error().message());
    }

    @Test
    void httpRespondReachesTheListenerAtOnceWithStringObjectOrBufferBodies() {
        List<HttpReply> replies = new ArrayList<>();
        SourceOutcome outcome = components.runSource(invocation("""
                export default {
                  props: { http: { type: "$.interface.http", customResponse: true } },
                  async run(event) {
                    this.http.respond({ status: 201, headers: { "content-type": "application/json" }, body: { msg: "hello world!", got: event.body } });
                    this.http.respond({ body: "plain" });
                    this.http.respond({ status: 200, body: Buffer.from([0, 255, 1]) });
                    this.$emit(event.body);
                  },
                };""", SourcePhase.RUN, "{}", "{\"method\":\"POST\",\"path\":\"/\",\"body\":{\"a\":1}}", "{}"), replies::add);
        assertTrue(outcome.succeeded(), String.valueOf(outcome.error()));
        assertEquals(3, replies.size());
        assertEquals(201, replies.get(0).status());
        assertEquals(Map.of("content-type", "application/json"), replies.get(0).headers());
        assertEquals("{\"msg\":\"hello world!\",\"got\":{\"a\":1}}", new String(replies.get(0).body(), StandardCharsets.UTF_8));
        assertTrue(replies.get(0).json());
        assertEquals(200, replies.get(1).status());
        assertEquals("plain", new String(replies.get(1).body(), StandardCharsets.UTF_8));
        assertArrayEquals(new byte[] {0, (byte) 255, 1}, replies.get(2).body());
        assertFalse(replies.get(2).json());
    }

    @Test
    void respondIsOnlyForRunAndAListenerFailureIsAnError() {
        SourceOutcome inHook = components.runSource(invocation("""
                export default { props: { http: "$.interface.http" }, hooks: { activate() { this.http.respond({ status: 200 }) } }, run() {} };""",
                SourcePhase.ACTIVATE, "{}", null, "{}"), StepListener.NONE);
        assertEquals("this.http.respond can only be called in run", inHook.error().message());
        SourceOutcome refused = components.runSource(invocation("""
                export default { props: { http: "$.interface.http" }, run() { this.http.respond({ status: 200 }) } };""",
                SourcePhase.RUN, "{}", "{}", "{}"), reply -> {
                    throw new IllegalStateException("the request was answered already");
                });
        assertEquals("this.http.respond: the request was answered already", refused.error().message());
    }

    @Test
    void hooksRunWithTheSameThisAndAMissingHookSucceeds() {
        String code = """
                export default {
                  props: { db: "$.service.db", limit: { type: "integer", default: 2 } },
                  hooks: {
                    async deploy() {
                      for (let i = 0; i < this.limit; i++) this.$emit({ historical: i }, { id: "h" + i });
                      this.db.set("deployed", true);
                    },
                  },
                  methods: { label() { return "x" } },
                  run() {},
                };""";
        SourceOutcome deploy = components.runSource(invocation(code, SourcePhase.DEPLOY, "{}", null, "{}"), StepListener.NONE);
        assertTrue(deploy.succeeded(), String.valueOf(deploy.error()));
        assertEquals(List.of("h0", "h1"), deploy.emissions().stream().map(Emission::id).toList());
        assertEquals("{\"deployed\":true}", deploy.dbJson());
        SourceOutcome activate = components.runSource(invocation(code, SourcePhase.ACTIVATE, "{}", null, "{\"a\":1}"),
                StepListener.NONE);
        assertTrue(activate.succeeded());
        assertEquals("{\"a\":1}", activate.dbJson());
        assertEquals(List.of(), activate.emissions());
    }

    @Test
    void emitMetadataIsChecked() {
        SourceOutcome outcome = run("""
                export default { run() {
                  this.$emit();
                  this.$emit("text", { name: "channel_1", ts: new Date(5) });
                  const errors = [];
                  for (const meta of [{ id: {} }, { ts: "soon" }, { name: 7 }, 3]) {
                    try { this.$emit({}, meta); } catch (e) { errors.push(e.message); }
                  }
                  try { this.$emit({ big: 1n }); } catch (e) { errors.push(e.message); }
                  console.log(errors.join("\\n"));
                } };""");
        assertEquals(new Emission("null", null, null, null, null), outcome.emissions().get(0));
        assertEquals(new Emission("\"text\"", null, "channel_1", null, 5L), outcome.emissions().get(1));
        assertEquals(2, outcome.emissions().size());
        assertEquals(List.of("this.$emit: meta.id must be a string or a number, got {}\n"
                + "this.$emit: meta.ts must be an epoch timestamp in milliseconds, got 'soon'\n"
                + "this.$emit: meta.name must be a string, got 7\n"
                + "this.$emit: the metadata must be an object { id, name, summary, ts }, got 3\n"
                + "this.$emit: the event is not JSON-serializable: Do not know how to serialize a BigInt"), messages(outcome));
    }

    @Test
    void consoleOutputIsCapturedAndTheDeadlineStopsARunawaySource() {
        SourceOutcome logged = run("export default { run() { console.log('a', { b: 1 }); console.error('c') } }");
        assertEquals(List.of("a { b: 1 }", "c"), messages(logged));
        assertEquals("error", logged.logs().get(1).level());

        SourceInvocation endless = new SourceInvocation("dc_loop", "export default { run() { for (;;) {} } }", SourcePhase.RUN,
                "{}", null, "{}", "{\"k\":1}", Instant.now().plusMillis(700), Map.of(), null, null);
        SourceOutcome outcome = components.runSource(endless, StepListener.NONE);
        assertTrue(outcome.timedOut());
        assertNull(outcome.error());
        assertEquals("{\"k\":1}", outcome.dbJson());
    }

    @Test
    void aComponentWithoutRunFailsAndTheNextRunIsUnaffected() {
        assertEquals("the component must export a run method", run("export default { name: 'x' }").error().message());
        assertTrue(run("globalThis.leak = 1; export default { run() {} }").succeeded());
        SourceOutcome next = run("export default { run() { this.$emit({ leak: typeof globalThis.leak }) } }");
        assertEquals("{\"leak\":\"undefined\"}", next.emissions().get(0).eventJson());
    }

    @Test
    void commonJsSourcesWork() {
        SourceOutcome outcome = run("""
                const { createHash } = require("crypto");
                module.exports = { run() { this.$emit({ h: createHash("sha256").update("x").digest("hex").slice(0, 8) }) } };""");
        assertEquals("{\"h\":\"2d711642\"}", outcome.emissions().get(0).eventJson());
    }
}
