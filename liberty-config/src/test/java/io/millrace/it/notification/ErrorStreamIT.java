package io.millrace.it.notification;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.LibertyServer;
import io.millrace.it.support.Wait;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The workflow {@code $errors} stream: failed executions as the seed's error event summaries. */
class ErrorStreamIT {
    private static final Pattern ID = Pattern.compile("(\\d+)-(\\d+)");
    private static final String THROWER = step("explode", """
            export default defineComponent({
              async run({ steps }) {
                if (steps.trigger.event.body.range) throw new RangeError("out of range");
                throw new TypeError("bad " + steps.trigger.event.body.n);
              },
            })""");
    private final Api api = Api.server();

    @Test
    void aFailedExecutionAppearsInTheStreamInTheSeedsShape() {
        JsonObject wf = api.createHttpWorkflow("errors-shape", steps(THROWER));
        String id = wf.getString("id");
        long before = System.currentTimeMillis();
        send(wf, "{\"name\":\"Luke\",\"title\":\"Jedi\",\"n\":1}");
        JsonObject ex = api.awaitFinished(id);
        assertEquals("error", ex.getString("status"));

        JsonObject reply = awaitErrors(id, 1);
        JsonObject info = reply.getJsonObject("page_info");
        JsonObject item = reply.getJsonArray("data").getJsonObject(0);
        assertEquals(1, info.getInt("total_count"));
        assertEquals(1, info.getInt("count"));
        assertEquals(item.getString("id"), info.getString("start_cursor"));
        assertEquals(item.getString("id"), info.getString("end_cursor"));
        Matcher m = ID.matcher(item.getString("id"));
        assertTrue(m.matches(), item.getString("id"));
        long indexedAt = item.getJsonNumber("indexed_at_ms").longValue();
        assertEquals(Long.parseLong(m.group(1)), indexedAt);
        assertTrue(indexedAt >= before && indexedAt <= System.currentTimeMillis(), "indexed_at_ms " + indexedAt);

        JsonObject event = item.getJsonObject("event");
        assertEquals(ex.getJsonObject("trigger").getJsonObject("event"), event.getJsonObject("original_event"));
        assertEquals("Luke", event.getJsonObject("original_event").getJsonObject("body").getString("name"));
        assertEquals(ex.getJsonObject("trigger").getJsonObject("context"), event.getJsonObject("original_context"));
        JsonObject error = event.getJsonObject("error");
        assertEquals("TypeError", error.getString("code"));
        assertEquals("TypeError", error.getString("name"));
        assertEquals("bad 1", error.getString("message"));
        assertEquals("explode", error.getString("cellId"));
        Instant ts = Instant.parse(error.getString("ts"));
        assertTrue(ts.toEpochMilli() >= before - 1000, error.getString("ts"));
        assertTrue(error.getString("stack").contains("explode:"), error.getString("stack"));
        JsonObject metadata = event.getJsonObject("metadata");
        assertEquals(id, metadata.getString("emitter_id"));
        assertEquals(ex.getString("id"), metadata.getString("emit_id"));
        assertEquals("$errors", metadata.getString("name"));

        Api.Reply encoded = api.get("/v1/workflows/" + id + "/%24errors/event_summaries?expand=event");
        assertEquals(200, encoded.status(), encoded.body());
        assertEquals(reply, encoded.json());
    }

    @Test
    void newestFirstWithLimitAndLargeEventsTruncatedUnlessExpanded() {
        JsonObject wf = api.createHttpWorkflow("errors-list", steps(THROWER));
        String id = wf.getString("id");
        send(wf, "{\"n\":1}");
        awaitErrors(id, 1);
        send(wf, "{\"n\":2}");
        awaitErrors(id, 2);
        send(wf, "{\"n\":3,\"big\":\"" + "x".repeat(2000) + "\"}");
        List<JsonObject> all = awaitErrors(id, 3).getJsonArray("data").getValuesAs(JsonObject.class);
        assertEquals(List.of("bad 3", "bad 2", "bad 1"), all.stream()
                .map(e -> e.getJsonObject("event").getJsonObject("error").getString("message")).toList());
        assertNewer(all.get(0), all.get(1));
        assertNewer(all.get(1), all.get(2));
        assertEquals(2000, all.get(0).getJsonObject("event").getJsonObject("original_event").getJsonObject("body")
                .getString("big").length());

        JsonObject one = summaries(id, "?limit=1&expand=event");
        assertEquals(3, one.getJsonObject("page_info").getInt("total_count"));
        assertEquals(1, one.getJsonObject("page_info").getInt("count"));
        assertEquals(all.get(0), one.getJsonArray("data").getJsonObject(0));
        JsonObject two = summaries(id, "?limit=2");
        assertEquals(all.get(0).getString("id"), two.getJsonObject("page_info").getString("start_cursor"));
        assertEquals(all.get(1).getString("id"), two.getJsonObject("page_info").getString("end_cursor"));

        List<JsonObject> brief = summaries(id, "").getJsonArray("data").getValuesAs(JsonObject.class);
        JsonObject cut = brief.get(0).getJsonObject("event");
        String text = cut.getString("original_event");
        assertTrue(text.startsWith("{") && text.endsWith("...[truncated; pass expand=event for the full event]"), text);
        assertTrue(cut.toString().getBytes(StandardCharsets.UTF_8).length <= 1024, cut.toString());
        assertEquals(all.get(0).getJsonObject("event").getJsonObject("error"), cut.getJsonObject("error"));
        for (int i = 1; i < 3; i++) {
            JsonObject full = all.get(i);
            if (full.getJsonObject("event").toString().getBytes(StandardCharsets.UTF_8).length <= 1024) {
                assertEquals(full, brief.get(i));
            } else {
                assertEquals(JsonValue.ValueType.STRING,
                        brief.get(i).getJsonObject("event").get("original_event").getValueType());
            }
        }

        for (String bad : List.of("0", "101", "ten")) {
            Api.Reply r = api.get("/v1/workflows/" + id + "/$errors/event_summaries?limit=" + bad);
            assertEquals(400, r.status(), r.body());
            assertEquals("limit", r.error().getString("field"));
        }
    }

    @Test
    void unknownWorkflowsAre404AndAWorkflowWithoutErrorsHasAnEmptyStream() {
        for (String errors : List.of("$errors", "%24errors")) {
            Api.Reply missing = api.get("/v1/workflows/p_nosuch00/" + errors + "/event_summaries");
            assertEquals(404, missing.status(), missing.body());
            assertEquals("workflow p_nosuch00 not found", missing.error().getString("message"), errors);
        }
        JsonObject wf = api.createHttpWorkflow("errors-none", steps(step("ok",
                "export default defineComponent({ async run() { return 1 } })")));
        for (String errors : List.of("$errors", "%24errors")) {
            Api.Reply empty = api.get("/v1/workflows/" + wf.getString("id") + "/" + errors + "/event_summaries");
            assertEquals(200, empty.status(), empty.body());
            JsonObject info = empty.json().getJsonObject("page_info");
            assertEquals(0, info.getInt("total_count"));
            assertEquals(0, info.getInt("count"));
            assertEquals(JsonValue.NULL, info.get("start_cursor"));
            assertEquals(JsonValue.NULL, info.get("end_cursor"));
            assertEquals(0, empty.json().getJsonArray("data").size());
        }
        assertEquals(401, api.raw(api.request("/v1/workflows/" + wf.getString("id") + "/$errors/event_summaries")
                .GET()).status());
    }

    @Test
    void theSameErrorIsLoggedOncePerDayPerWorkflowButEveryErrorIsStored() {
        JsonObject wf = api.createHttpWorkflow("errors-notice", steps(THROWER));
        String id = wf.getString("id");
        send(wf, "{\"n\":1}");
        awaitErrors(id, 1);
        send(wf, "{\"n\":2}");
        awaitErrors(id, 2);
        send(wf, "{\"range\":true}");
        awaitErrors(id, 3);
        awaitLogLine("Workflow " + id + " error RangeError: out of range (execution ");
        assertEquals(1, logLines("Workflow " + id + " error TypeError: ").size());
    }

    private void send(JsonObject wf, String json) {
        Api.Reply r = api.trigger(wf, json);
        assertEquals(200, r.status(), r.body());
    }

    private JsonObject summaries(String workflowId, String query) {
        Api.Reply r = api.get("/v1/workflows/" + workflowId + "/$errors/event_summaries" + query);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** Polls the stream (expanded) until it holds {@code count} events; 30 s at most. */
    private JsonObject awaitErrors(String workflowId, int count) {
        Instant until = Instant.now().plusSeconds(30);
        JsonObject last = null;
        while (Instant.now().isBefore(until)) {
            last = summaries(workflowId, "?expand=event");
            if (last.getJsonArray("data").size() >= count) {
                return last;
            }
            Wait.pause();
        }
        throw new AssertionError("expected " + count + " $errors events of " + workflowId
                + " within 30 s (is ErrorEvents.record wired into the execution flow?), have " + last);
    }

    private static void assertNewer(JsonObject newer, JsonObject older) {
        Matcher a = ID.matcher(newer.getString("id"));
        Matcher b = ID.matcher(older.getString("id"));
        assertTrue(a.matches() && b.matches());
        int byMs = Long.compare(Long.parseLong(a.group(1)), Long.parseLong(b.group(1)));
        assertTrue(byMs > 0 || byMs == 0 && Long.parseLong(a.group(2)) > Long.parseLong(b.group(2)),
                newer.getString("id") + " should be newer than " + older.getString("id"));
    }

    private static void awaitLogLine(String text) {
        Instant until = Instant.now().plusSeconds(10);
        while (logLines(text).isEmpty()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no log line with '" + text + "'");
            }
            Wait.pause();
        }
    }

    private static List<String> logLines(String text) {
        return LibertyServer.itServer().logLines(l -> l.contains(text));
    }
}
