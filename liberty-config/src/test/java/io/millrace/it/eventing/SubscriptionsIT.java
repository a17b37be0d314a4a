package io.millrace.it.eventing;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.FlakyReceiver;
import io.millrace.it.support.Sources;
import io.millrace.it.support.Wait;
import io.millrace.it.support.WorkflowLists;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions end to end: source → source → workflow (source trigger) → webhook, webhook retries,
 * auto-subscriptions of {@code $errors}, and the API's error cases.
 */
class SubscriptionsIT {
    /** Emits the body of each HTTP request. */
    static final String HTTP_SOURCE = """
            export default {
              name: "Http emitter",
              props: { http: { type: "$.interface.http" } },
              async run(event) { this.$emit(event.body, { summary: "from http" }); },
            };""";
    /** Re-emits each event it receives from a subscription, wrapped. */
    static final String RELAY_SOURCE = """
            export default {
              name: "Relay",
              type: "source",
              async run(event) { this.$emit({ relayed: event }, { summary: "relayed" }); },
            };""";
    static final String EMIT_STEP = step("forward", """
            export default defineComponent({
              async run({ steps, $ }) {
                $.send.emit({ via: "workflow", got: steps.trigger.event, from: steps.trigger.context.emitter_id });
              },
            })""");
    private final Api api = Api.server();

    private JsonObject workflow(String name, String triggersJson, String stepsJson) {
        Api.Reply r = api.post("/v1/workflows", "{\"name\":\"" + name + "\",\"triggers\":" + triggersJson
                + ",\"steps\":" + stepsJson + "}");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private JsonObject webhook(String url) {
        Api.Reply r = api.post("/v1/webhooks?url=" + Api.encode(url) + "&name=it&description=test", "");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private Api.Reply subscribe(String emitter, String listener) {
        return api.post("/v1/subscriptions?emitter_id=" + Api.encode(emitter) + "&listener_id=" + Api.encode(listener), "");
    }

    private static JsonObject parse(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Test
    void anEventTravelsFromSourceToSourceToWorkflowToWebhook() {
        try (FlakyReceiver receiver = new FlakyReceiver(0)) {
            JsonObject a = Sources.fromCode(api, "chain-a", HTTP_SOURCE, null);
            JsonObject b = Sources.fromCode(api, "chain-b", RELAY_SOURCE, null);
            String aId = a.getString("id");
            String bId = b.getString("id");
            Api.Reply sub = subscribe(aId, bId);
            assertEquals(200, sub.status(), sub.body());
            assertEquals(aId, sub.json().getJsonObject("data").getString("emitter_id"));
            assertEquals("", sub.json().getJsonObject("data").getString("event_name"));
            JsonObject wf = workflow("chain-wf", "[{\"type\":\"source\",\"source_id\":\"" + bId + "\"}]",
                    steps(EMIT_STEP));
            assertEquals("source", wf.getJsonArray("triggers").getJsonObject(0).getString("type"));
            JsonObject hook = webhook(receiver.url());
            assertTrue(hook.getString("id").startsWith("wh_"), hook.toString());
            assertEquals(200, subscribe(wf.getString("id"), hook.getString("id")).status());

            Sources.send(api, a, "{\"n\": 42}");

            FlakyReceiver.Hit hit = receiver.await(1).get(0);
            JsonObject body = parse(hit.body());
            assertEquals("workflow", body.getString("via"));
            assertEquals(bId, body.getString("from"));
            assertEquals(42, body.getJsonObject("got").getJsonObject("relayed").getInt("n"));

            JsonObject execution = api.awaitFinished(wf.getString("id"));
            assertEquals("success", execution.getString("status"), execution.toString());
            JsonObject context = execution.getJsonObject("trigger").getJsonObject("context");
            assertEquals(bId, context.getString("emitter_id"));
            String bEventId = Sources.events(api, bId).getJsonObject(0).getString("id");
            assertEquals(bEventId, context.getString("event_id"));
            assertEquals(bEventId, receiver.hits().isEmpty() ? null : bEventId);
            JsonArray runs = Sources.runs(api, bId);
            assertTrue(runs.stream().anyMatch(r -> r.asJsonObject().toString().contains("\"event\"")), runs.toString());

            Api.Reply emitted = api.get("/v1/workflows/" + wf.getString("id") + "/event_summaries?expand=event&limit=5");
            assertEquals(200, emitted.status(), emitted.body());
            JsonObject first = emitted.json().getJsonArray("data").getJsonObject(0);
            assertEquals("workflow", first.getJsonObject("event").getString("via"));
            assertEquals(wf.getString("id"), first.getJsonObject("metadata").getString("emitter_id"));
            assertEquals(1, emitted.json().getJsonObject("page_info").getInt("total_count"));
            assertEquals(hit.eventId(), first.getString("id"));

            Api.Reply list = api.get("/v1/users/me/subscriptions");
            assertEquals(200, list.status(), list.body());
            String all = list.body();
            assertTrue(all.contains(aId) && all.contains(bId) && all.contains(hook.getString("id")), all);
            assertEquals(200, api.get("/v1/users/me/webhooks").status());

            Api.Reply deleted = api.delete("/v1/subscriptions?emitter_id=" + aId + "&listener_id=" + bId);
            assertEquals(204, deleted.status(), deleted.body());
            assertEquals(404, api.delete("/v1/subscriptions?emitter_id=" + aId + "&listener_id=" + bId).status());
        }
    }

    @Test
    void aFailingWebhookIsRetriedWithBackoffUntilItAnswers2xx() {
        try (FlakyReceiver receiver = new FlakyReceiver(2)) {
            JsonObject a = Sources.fromCode(api, "retry-a", HTTP_SOURCE, null);
            JsonObject hook = webhook(receiver.url());
            assertEquals(200, subscribe(a.getString("id"), hook.getString("id")).status());
            Sources.send(api, a, "{\"k\": \"v\"}");
            List<FlakyReceiver.Hit> hits = receiver.await(3);
            assertEquals(List.of(503, 503, 200), hits.stream().map(FlakyReceiver.Hit::answered).toList());
            assertEquals(List.of("1", "2", "3"), hits.stream().map(FlakyReceiver.Hit::attempt).toList());
            hits.forEach(h -> assertEquals("v", parse(h.body()).getString("k")));
            long firstGap = hits.get(1).atMillis() - hits.get(0).atMillis();
            long secondGap = hits.get(2).atMillis() - hits.get(1).atMillis();
            assertTrue(firstGap >= 150, "backoff after the first failure: " + firstGap);
            assertTrue(secondGap >= 350, "longer backoff after the second: " + secondGap);
            Wait.pause();
            Wait.pause();
            assertEquals(3, receiver.hits().size(), "no more attempts after success");
        }
    }

    @Test
    void autoSubscriptionsDeliverTheErrorsOfNewWorkflows() {
        JsonObject listener = workflow("errors-listener", "[]", steps(step("noop", """
                export default defineComponent({ async run({ steps }) { return steps.trigger.event.error.name; } })""")));
        Api.Reply auto = api.post("/v1/auto_subscriptions?event_name=" + Api.encode("$errors") + "&listener_id="
                + listener.getString("id"), "");
        assertEquals(200, auto.status(), auto.body());
        assertEquals("$errors", auto.json().getJsonObject("data").getString("event_name"));
        JsonObject thrower = api.createHttpWorkflow("auto-thrower", steps(step("boom", """
                export default defineComponent({ async run() { throw new TypeError("boom"); } })""")));
        Api.Reply r = api.trigger(thrower, "{}");
        assertEquals(200, r.status());
        JsonObject got = api.awaitFinished(listener.getString("id"));
        assertEquals("success", got.getString("status"), got.toString());
        JsonObject event = got.getJsonObject("trigger").getJsonObject("event");
        assertEquals("TypeError", event.getJsonObject("error").getString("name"));
        assertEquals("$errors", event.getJsonObject("metadata").getString("name"));
        assertEquals(thrower.getString("id"), got.getJsonObject("trigger").getJsonObject("context").getString("emitter_id"));
        String subs = api.get("/v1/users/me/subscriptions").body();
        assertTrue(subs.contains("\"emitter_id\":\"" + thrower.getString("id") + "\""), subs);
    }

    @Test
    void badParametersAre400NamingThemAndUnknownIds404() {
        JsonObject source = Sources.fromCode(api, "err-src", RELAY_SOURCE, null);
        String id = source.getString("id");
        assertBad(api.post("/v1/subscriptions?listener_id=" + id, ""), "emitter_id");
        assertBad(api.post("/v1/subscriptions?emitter_id=" + id, ""), "listener_id");
        assertBad(subscribe("x_123", id), "emitter_id");
        assertBad(subscribe(id, "x_123"), "listener_id");
        assertEquals(404, subscribe("dc_doesnotexist", id).status());
        assertEquals(404, subscribe(id, "p_doesnotexist").status());
        assertEquals(404, subscribe(id, "wh_doesnotexist").status());
        assertEquals(200, subscribe("p_*", id).status(), "globs are accepted");
        assertBad(api.post("/v1/auto_subscriptions?listener_id=" + id, ""), "event_name");
        assertEquals(404, api.post("/v1/auto_subscriptions?event_name=%24errors&listener_id=dc_nope", "").status());
        assertBad(api.post("/v1/webhooks?url=example.com", ""), "url");
        assertBad(api.post("/v1/webhooks?url=" + Api.encode("mysql://user:pass@host:3306"), ""), "url");
        assertBad(api.post("/v1/webhooks?url=" + Api.encode("http://"), ""), "url");
        assertBad(api.post("/v1/webhooks", ""), "url");
        assertEquals(404, api.delete("/v1/webhooks/wh_nope").status());
        Api.Reply wf = api.post("/v1/workflows", "{\"name\":\"bad-trigger\",\"triggers\":[{\"type\":\"source\","
                + "\"source_id\":\"dc_nope\"}],\"steps\":[]}");
        assertBad(wf, "triggers[0].source_id");
        assertBad(api.post("/v1/workflows", "{\"name\":\"bad-trigger\",\"triggers\":[{\"type\":\"source\"}],\"steps\":[]}"),
                "triggers[0].source_id");
        assertEquals(404, api.get("/v1/workflows/p_nope/event_summaries").status());
        assertEquals(404, api.get("/v1/orgs/o_nope/subscriptions").status());
        JsonObject hook = webhook("https://example.com:12345/endpoint");
        assertEquals(204, api.delete("/v1/webhooks/" + hook.getString("id")).status());
        assertEquals(404, api.get("/v1/webhooks/" + hook.getString("id")).status());
    }

    private static void assertBad(Api.Reply r, String field) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains(field), "names " + field + ": " + r.body());
    }

    @Test
    void aCycleOfSubscriptionsStopsAfterTheHopLimit() {
        JsonObject ping = workflow("cycle-ping", "[{\"type\":\"http\"}]", steps(EMIT_STEP));
        JsonObject pong = workflow("cycle-pong", "[]", steps(EMIT_STEP));
        String a = ping.getString("id");
        String b = pong.getString("id");
        assertEquals(200, subscribe(a, b).status());
        assertEquals(200, subscribe(b, a).status());
        Api.Reply sent = api.trigger(ping, "{\"round\":0}");
        assertEquals(200, sent.status(), sent.body());

        // the HTTP event runs ping (hops 0), then ping and pong take turns: hops 1..10 (10 = Hops.MAX)
        List<JsonObject> pings = WorkflowLists.awaitExecutions(api, a, 6, WorkflowLists::finished);
        List<JsonObject> pongs = WorkflowLists.awaitExecutions(api, b, 5, WorkflowLists::finished);
        JsonObject last = api.get("/v1/executions/" + pings.get(0).getString("id")).json().getJsonObject("data");
        JsonObject context = last.getJsonObject("trigger").getJsonObject("context");
        assertEquals(10, context.getInt("hops"), last.toString());
        assertEquals(b, context.getString("emitter_id"));
        // the tenth hop's event is stored in ping's stream, but not delivered any further
        JsonArray emitted = api.get("/v1/workflows/" + a + "/event_summaries?limit=100").json().getJsonArray("data");
        assertEquals(6, emitted.size(), emitted.toString());
        long until = System.currentTimeMillis() + 3000;
        while (System.currentTimeMillis() < until) {
            assertEquals(5, api.get("/v1/workflows/" + b + "/executions?limit=100").json().getJsonArray("data").size(),
                    "no eleventh hop");
            Wait.pause();
        }
        JsonObject first = api.get("/v1/executions/" + pongs.get(pongs.size() - 1).getString("id")).json()
                .getJsonObject("data");
        assertEquals(1, first.getJsonObject("trigger").getJsonObject("context").getInt("hops"));
    }
}
