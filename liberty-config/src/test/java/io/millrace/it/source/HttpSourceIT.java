package io.millrace.it.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Fixtures;
import io.millrace.it.support.Sources;
import io.millrace.it.support.Wait;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code $.interface.http}: requests to a source's endpoint are stored, queued and run; custom responses. */
class HttpSourceIT {
    /** Emits each request's body, with the method as summary. */
    private static final String ECHO = Fixtures.text("components/echo.mjs");
    private final Api api = Api.server();

    private Api.Reply post(String url, String contentType, String body) {
        return api.raw(api.request(url).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void withoutACustomResponseTheCallerGets200AtOnceAndTheRequestIsEmitted() {
        JsonObject s = Sources.fromCode(api, "plain", ECHO, null);
        String url = Sources.endpoint(s, "http");
        Api.Reply r = post(url + "/some/path?x=1", "application/json", "{\"message\": \"hello world!\"}");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().contains("Success!"), r.body());
        JsonValue event = Sources.awaitEmitted(api, s.getString("id"), 1, 60).get(0);
        assertEquals("hello world!", event.asJsonObject().getString("message"));
        JsonObject run = Sources.runs(api, s.getString("id")).getJsonObject(0);
        JsonObject request = run.getJsonObject("event");
        assertEquals("POST", request.getString("method"));
        assertEquals("/some/path", request.getString("path"));
        assertEquals("1", request.getJsonObject("query").getString("x"));
        assertEquals("application/json", request.getJsonObject("headers").getString("content-type"));
        assertEquals("{\"message\": \"hello world!\"}", request.getString("bodyRaw"));
        assertEquals("hello world!", request.getJsonObject("body").getString("message"));
        assertEquals("POST", Sources.events(api, s.getString("id")).getJsonObject(0).getJsonObject("metadata").getString("summary"));
    }

    @Test
    void aRequestWithXPdNotriggerIsATestEventAndTheSourceDoesNotRun() {
        JsonObject s = Sources.fromCode(api, "notrigger", ECHO, null);
        String id = s.getString("id");
        String url = Sources.endpoint(s, "http");
        Api.Reply test = api.raw(api.request(url).header("Content-Type", "application/json").header("x-pd-notrigger", "1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"just a test\"}")));
        assertEquals(200, test.status(), test.body());
        JsonObject recorded = Wait.until("the test event on $test", 30,
                () -> api.get("/v1/sources/" + id + "/$test/event_summaries").json().getJsonArray("data"),
                list -> !list.isEmpty()).getJsonObject(0);
        assertEquals("$test", recorded.getJsonObject("metadata").getString("name"));
        assertEquals("just a test", recorded.getJsonObject("event").getJsonObject("body").getString("message"));

        assertEquals(200, post(url, "application/json", "{\"message\": \"for real\"}").status());
        List<JsonValue> emitted = Sources.awaitEmitted(api, id, 1, 60);
        assertEquals(1, emitted.size(), "only the real request ran the source: " + emitted);
        assertEquals("for real", emitted.get(0).asJsonObject().getString("message"));
    }

    @Test
    void theQuickstartsEchoSourceAnswersWithRespond() {
        JsonObject s = Sources.fromCode(api, "echo", """
                export default {
                  name: "Source Demo",
                  description: "This is a demo source",
                  props: { db: "$.service.db", http: { type: "$.interface.http", customResponse: true } },
                  async run(event) {
                    let count = this.db.get("count") || 1;
                    this.http.respond({ status: 201, body: event.body, headers: { "X-Count": String(count) } });
                    this.$emit(event.body, { summary: `Execution #${count}` });
                    this.db.set("count", ++count);
                  },
                };""", null);
        String url = Sources.endpoint(s, "http");
        for (int i = 1; i <= 2; i++) {
            Api.Reply r = post(url, "application/json", "{ \"message\": \"hello world!\" }");
            assertEquals(201, r.status(), r.body());
            assertEquals("{\"message\":\"hello world!\"}", r.body());
            assertEquals(String.valueOf(i), r.header("x-count"));
        }
        Sources.awaitEmitted(api, s.getString("id"), 2, 60);
        List<String> summaries = Sources.events(api, s.getString("id")).stream()
                .map(v -> v.asJsonObject().getJsonObject("metadata").getString("summary")).toList();
        assertEquals(List.of("Execution #2", "Execution #1"), summaries);
    }

    @Test
    void aCustomResponseSourceThatDoesNotRespondAnswers400() {
        JsonObject s = Sources.fromCode(api, "silent", """
                export default {
                  name: "Silent",
                  props: { http: { type: "$.interface.http", customResponse: true } },
                  async run(event) { this.$emit(event.body); },
                };""", null);
        Api.Reply r = post(Sources.endpoint(s, "http"), "text/plain", "hi");
        assertEquals(400, r.status(), r.body());
        assertEquals("No respond() called in source", r.body());
        assertEquals("hi", Sources.awaitEmitted(api, s.getString("id"), 1, 30).get(0).toString().replace("\"", ""));
    }

    @Test
    void theRegistrySourceWithAndWithoutItsCustomResponse() {
        JsonObject plain = Sources.create(api, "{\"key\": \"http-new-requests\", \"name\": \"requests-" + System.nanoTime() + "\"}");
        Api.Reply r = post(Sources.endpoint(plain, "http"), "application/json", "{\"a\": 1}");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().contains("Success!"), r.body());
        JsonObject event = Sources.awaitEmitted(api, plain.getString("id"), 1, 60).get(0).asJsonObject();
        assertEquals("POST", event.getString("method"));
        assertEquals(1, event.getJsonObject("body").getInt("a"));

        JsonObject custom = Sources.create(api, "{\"key\": \"http-new-requests\", \"name\": \"custom-" + System.nanoTime()
                + "\", \"configured_props\": {\"emitBodyOnly\": true, \"resStatusCode\": 202, \"resContentType\":"
                + " \"application/json\", \"resBody\": \"{\\\"queued\\\": true}\"}}");
        Api.Reply c = post(Sources.endpoint(custom, "http"), "application/json", "{\"b\": 2}");
        assertEquals(202, c.status(), c.body());
        assertEquals("{\"queued\": true}", c.body());
        assertTrue(c.header("content-type").startsWith("application/json"), c.header("content-type"));
        assertEquals(2, Sources.awaitEmitted(api, custom.getString("id"), 1, 60).get(0).asJsonObject().getInt("b"),
                "emitBodyOnly emits the body");
    }

    @Test
    void aBodyOverTheLimitIs413AndRecordedInTheErrorsStream() {
        JsonObject s = Sources.fromCode(api, "big", ECHO, null);
        Api.Reply r = post(Sources.endpoint(s, "http"), "text/plain", "x".repeat(600 * 1024));
        assertEquals(413, r.status(), r.body());
        JsonObject errors = api.get("/v1/sources/" + s.getString("id") + "/$errors/event_summaries").json();
        assertEquals(1, errors.getJsonObject("page_info").getInt("total_count"));
        JsonObject error = errors.getJsonArray("data").getJsonObject(0).getJsonObject("event").getJsonObject("error");
        assertEquals("Request Entity Too Large", error.getString("name"));
        assertEquals(0, Sources.events(api, s.getString("id")).size());
    }

    @Test
    void errorsThrownByASourceGoToItsErrorsStream() {
        JsonObject s = Sources.fromCode(api, "thrower", """
                export default {
                  name: "Thrower",
                  props: { http: { type: "$.interface.http" } },
                  async run(event) { this.$emit({ before: true }); throw new TypeError("bad " + event.body.n); },
                };""", null);
        post(Sources.endpoint(s, "http"), "application/json", "{\"n\": 7}");
        String id = s.getString("id");
        JsonObject item = Wait.until("an error of " + id, 60,
                () -> api.get("/v1/sources/" + id + "/%24errors/event_summaries").json().getJsonArray("data"),
                a -> !a.isEmpty()).getJsonObject(0);
        JsonObject event = item.getJsonObject("event");
        assertEquals(7, event.getJsonObject("original_event").getJsonObject("body").getInt("n"));
        assertEquals(id, event.getJsonObject("original_context").getString("source_id"));
        assertEquals("run", event.getJsonObject("original_context").getString("phase"));
        assertEquals("TypeError", event.getJsonObject("error").getString("name"));
        assertEquals("bad 7", event.getJsonObject("error").getString("message"));
        assertEquals("$errors", item.getJsonObject("metadata").getString("name"));
        assertEquals(id, item.getJsonObject("metadata").getString("emitter_id"));
        assertEquals("error", Sources.runs(api, id).getJsonObject(0).getString("status"));
        assertEquals(List.of(true), Sources.emitted(api, id).stream().map(e -> e.asJsonObject().getBoolean("before")).toList(),
                "what it emitted before throwing is kept");
    }
}
