package io.millrace.it.runtime;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.FlakyReceiver;
import io.millrace.it.support.LocalHttpServer;
import io.millrace.it.support.Sources;
import io.millrace.it.support.Wait;
import io.millrace.it.support.WorkflowLists;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Hostile step code, three runs at once, while a healthy workflow keeps running: every hostile run ends with a
 * clear error of its own (Out of Memory, TIMEOUT, RangeError), the healthy workflow's executions all succeed and
 * start promptly, and every other pool keeps working through it: steps' HTTP requests, webhooks, event sources,
 * the broker. Afterwards the server is still ready (no {@code OutOfMemoryError} reached a server thread).
 */
class HostileCodeIT {
    /** Hostile step bodies (the inside of {@code run()}) by name, and the error names each may end with. */
    private static final Map<String, String> HOSTILE = new LinkedHashMap<>();
    private static final Set<String> MEMORY = Set.of("Out of Memory", "RangeError");

    static {
        HOSTILE.put("arrays", "const all = []; while (true) { all.push(new Array(100000).fill(7)) }");
        HOSTILE.put("fill-bomb", "return new Array(1e9).fill(0).length");
        HOSTILE.put("array-from", "return Array.from({ length: 3e8 }, (_, i) => i).length");
        HOSTILE.put("strings", "const all = []; let i = 0; while (true) { all.push('x'.repeat(1e6) + (i++)) }");
        HOSTILE.put("string-doubling", "let s = 'x'; while (true) { s = s + s + '!' } ");
        HOSTILE.put("typed-arrays", "const all = []; while (true) { all.push(new Float64Array(1e6)) }");
        HOSTILE.put("buffers", "const all = []; while (true) { all.push(Buffer.alloc(16 * 1024 * 1024)) }");
        HOSTILE.put("one-big-buffer", "return new ArrayBuffer(2 ** 31 - 1).byteLength");
        HOSTILE.put("big-typed-array", "return new Float64Array(2 ** 28).length");
        HOSTILE.put("maps", "const m = new Map(); let i = 0; while (true) { m.set(i, { i, s: 'v' + i }); i++ }");
        HOSTILE.put("promises", "let p = Promise.resolve(); while (true) { p = p.then(() => 1) }");
        HOSTILE.put("timers", "while (true) { setTimeout(() => {}, 100000) }");
        HOSTILE.put("recursion", "const f = (n) => f(n + 1) + 1; return f(0)");
        HOSTILE.put("busy-loop", "while (true) { }");
    }

    private static final String HEALTHY = "export default defineComponent({ async run({ steps, $ }) {"
            + " let r; try { r = await fetch(steps.trigger.event.body.url) } catch (e) {"
            + " throw new Error('fetch failed: ' + (e.cause && e.cause.code) + ' ' + (e.cause && e.cause.message)) }"
            + " const text = await r.text();"
            + " $.send.emit({ healthy: text }); return text } })";
    private static final String HTTP_SOURCE = "export default { name: 'Http emitter', props: { http: { type:"
            + " '$.interface.http' } }, async run(event) { this.$emit(event.body, { summary: 'from http' }) } }";
    /** A healthy execution starts within milliseconds on an idle server; on a 2-core machine under attack, seconds. */
    private static final long HEALTHY_P99_BOUND_MS = 5_000;

    /** Fewer than the 100 executions one list page holds. */
    private static final int MAX_PROBES = 90;

    private final Api api = Api.server();

    @Test
    void hostileStepsFailAloneWhileTheServerAndItsPoolsKeepWorking() throws Exception {
        try (LocalHttpServer upstream = new LocalHttpServer().on("/", exchange -> LocalHttpServer.answer(exchange,
                200, "text/plain", "fine".getBytes(StandardCharsets.UTF_8))).start();
             FlakyReceiver hooks = new FlakyReceiver(0)) {
            JsonObject healthy = api.createHttpWorkflow("healthy", steps(step("fetch", HEALTHY)));
            String hook = api.post("/v1/webhooks?url=" + Api.encode(hooks.url()) + "&name=hostile", "")
                    .json().getJsonObject("data").getString("id");
            assertEquals(200, api.post("/v1/subscriptions?emitter_id=" + healthy.getString("id")
                    + "&listener_id=" + hook, "").status());
            JsonObject source = Sources.fromCode(api, "hostile-source", HTTP_SOURCE, null);
            String event = "{\"url\":\"" + upstream.url("/") + "\"}";
            api.trigger(healthy, event);
            api.awaitFinished(healthy.getString("id"));

            Map<String, JsonObject> hostile = new LinkedHashMap<>();
            for (Map.Entry<String, String> code : HOSTILE.entrySet()) {
                hostile.put(code.getKey(), api.createHttpWorkflow("hostile-" + code.getKey(),
                        steps(step("hostile", "export default defineComponent({ async run({ steps, $ }) { "
                                + code.getValue() + " } })")), "{\"timeout_seconds\":20}"));
            }

            AtomicBoolean attacking = new AtomicBoolean(true);
            List<Integer> probeStatuses = new ArrayList<>();
            Thread prober = new Thread(() -> {
                while (attacking.get() && probeStatuses.size() < MAX_PROBES) {
                    synchronized (probeStatuses) {
                        probeStatuses.add(api.trigger(healthy, event).status());
                    }
                    Sources.send(api, source, "{\"n\":1}");
                    Wait.sleep(400);
                }
            }, "healthy-prober");
            prober.start();
            Map<String, List<String>> outcomes = new LinkedHashMap<>();
            try {
                for (Map.Entry<String, JsonObject> workflow : hostile.entrySet()) {
                    for (int i = 0; i < 3; i++) {
                        assertEquals(200, api.trigger(workflow.getValue(), "{}").status());
                    }
                    List<JsonObject> runs = WorkflowLists.awaitExecutions(api, workflow.getValue().getString("id"), 3,
                            e -> !Set.of("queued", "executing", "paused").contains(e.getString("status")));
                    outcomes.put(workflow.getKey(), runs.stream().map(HostileCodeIT::outcome).toList());
                }
            } finally {
                attacking.set(false);
                prober.join(30_000);
            }
            System.out.println("HostileCodeIT outcomes: " + outcomes);

            for (Map.Entry<String, List<String>> outcome : outcomes.entrySet()) {
                for (String ended : outcome.getValue()) {
                    assertTrue(ended.startsWith("error ") || outcome.getKey().equals("busy-loop"),
                            outcome.getKey() + " ended " + outcome.getValue());
                }
            }
            assertEveryMemoryHogEndedAsOutOfMemoryOrRangeError(outcomes);
            assertTrue(outcomes.get("busy-loop").stream().allMatch(o -> o.startsWith("timeout TIMEOUT")),
                    "busy loops end in TIMEOUT: " + outcomes.get("busy-loop"));

            int sent;
            synchronized (probeStatuses) {
                assertTrue(probeStatuses.stream().allMatch(s -> s == 200), "healthy events accepted: " + probeStatuses);
                sent = probeStatuses.size() + 1;
            }
            List<JsonObject> runs = WorkflowLists.awaitExecutions(api, healthy.getString("id"), sent,
                    e -> !Set.of("queued", "executing").contains(e.getString("status")));
            List<Long> waits = new ArrayList<>();
            for (JsonObject run : runs) {
                assertEquals("success", run.getString("status"), "a healthy execution failed: " + run);
                waits.add(Instant.parse(run.getString("started_at")).toEpochMilli()
                        - Instant.parse(run.getString("created_at")).toEpochMilli());
            }
            waits.sort(null);
            long p99 = waits.get((int) Math.ceil(waits.size() * 0.99) - 1);
            System.out.println("HostileCodeIT: " + waits.size() + " healthy executions, median wait "
                    + waits.get(waits.size() / 2) + " ms, p99 " + p99 + " ms");
            assertTrue(p99 <= HEALTHY_P99_BOUND_MS, "healthy executions waited to start, p99 " + p99 + " ms: " + waits);
            hooks.await(sent);
            Sources.awaitEmitted(api, source.getString("id"), sent - 1, 60);

            Api.Reply ready = api.raw(api.request("/health/ready").GET());
            assertEquals(200, ready.status(), "the server must still be ready: " + ready.body());
        }
    }

    private static void assertEveryMemoryHogEndedAsOutOfMemoryOrRangeError(Map<String, List<String>> outcomes) {
        for (String hog : List.of("arrays", "fill-bomb", "array-from", "strings", "string-doubling", "typed-arrays",
                "buffers", "one-big-buffer", "big-typed-array", "maps", "promises", "timers")) {
            for (String ended : outcomes.get(hog)) {
                assertTrue(MEMORY.stream().anyMatch(name -> ended.startsWith("error " + name + ":")),
                        hog + " must end as Out of Memory or RangeError: " + outcomes.get(hog));
            }
        }
    }

    private static String outcome(JsonObject execution) {
        String status = execution.getString("status");
        JsonObject error = execution.containsKey("error") && !execution.isNull("error")
                ? execution.getJsonObject("error") : null;
        return error == null ? status : status + " " + error.getString("name", "?") + ": "
                + error.getString("message", "").substring(0, Math.min(160, error.getString("message", "").length()));
    }
}
