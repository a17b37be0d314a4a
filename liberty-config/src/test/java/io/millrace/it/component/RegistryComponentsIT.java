package io.millrace.it.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Receiver;
import io.millrace.it.support.Sources;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Millrace's registry components through the real server: the schedule source, and actions used as
 * workflow steps with {@code "component": "<key>"} (HTTP request, return HTTP response, filter). The
 * HTTP and RSS sources have their own tests (HttpSourceIT, RssSourceIT).
 */
class RegistryComponentsIT {
    private final Api api = Api.server();
    private Receiver receiver;

    @BeforeEach
    void start() {
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private JsonObject workflow(String name, JsonArray steps) {
        Api.Reply r = api.post("/v1/workflows", Json.createObjectBuilder().add("name", name + "-" + System.nanoTime())
                .add("triggers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "http")))
                .add("steps", steps).build().toString());
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private Api.Reply trigger(JsonObject workflow, String json) {
        return api.trigger(workflow, json);
    }

    @Test
    void theScheduleSourceEmitsTheTimerEvent() {
        JsonObject s = Sources.create(api, "{\"key\": \"schedule\", \"name\": \"every-second-" + System.nanoTime()
                + "\", \"configured_props\": {\"timer\": {\"intervalSeconds\": 1}}}");
        List<JsonValue> events = Sources.awaitEmitted(api, s.getString("id"), 2, 60);
        JsonObject event = events.get(0).asJsonObject();
        assertEquals(1, event.getInt("interval_seconds"));
        long ts = event.getJsonNumber("timestamp").longValue();
        JsonObject meta = Sources.events(api, s.getString("id")).getJsonObject(1).getJsonObject("metadata");
        assertEquals(String.valueOf(ts), meta.getString("id"));
        assertEquals(ts * 1000, meta.getJsonNumber("ts").longValue());
        assertTrue(meta.getString("summary").startsWith("Scheduled run at "), meta.getString("summary"));
        api.delete("/v1/sources/" + s.getString("id"));
    }

    @Test
    void httpRequestAndReturnHttpResponseAsSteps() {
        JsonObject wf = workflow("http-actions", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "call").add("component", "http-request")
                        .add("props", Json.createObjectBuilder().add("httpRequest", Json.createObjectBuilder()
                                .add("method", "POST").add("url", receiver.url())
                                .add("body", Json.createObjectBuilder().add("from", "{{steps.trigger.event.body.who}}")))))
                .add(Json.createObjectBuilder().add("name", "answer").add("component", "return-http-response")
                        .add("props", Json.createObjectBuilder().add("status", 201)
                                .add("body", "{{steps.call.$return_value}}")))
                .build());
        JsonObject step = wf.getJsonArray("steps").getJsonObject(0);
        JsonObject registry = api.get("/v1/components/registry/http-request").json().getJsonObject("data");
        assertEquals("http-request", step.getString("component"));
        assertEquals(registry.getString("id"), step.getString("component_id"), "the version is pinned at deploy");
        assertEquals(registry.getString("code"), step.getString("code"));
        assertTrue(wf.getJsonArray("triggers").getJsonObject(0).getBoolean("custom_response"));

        Api.Reply r = trigger(wf, "{\"who\": \"Ada\"}");
        assertEquals(201, r.status(), r.body());
        assertEquals("{\"ok\":true}", r.body());
        assertEquals("Ada", receiver.await(1).get(0).getString("from"));
        JsonObject ex = api.awaitFinished(wf.getString("id"));
        assertEquals("success", ex.getString("status"));
        assertEquals(200, ex.getJsonArray("steps").getJsonObject(0).getJsonObject("exports").getInt("status"));
    }

    @Test
    void filterContinuesOrEndsTheWorkflow() {
        JsonObject wf = workflow("filter", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "big_enough").add("component", "filter")
                        .add("props", Json.createObjectBuilder().add("value", "{{steps.trigger.event.body.amount}}")
                                .add("condition", "greater_than").add("compareTo", 10)))
                .add(Json.createObjectBuilder().add("name", "after").add("code",
                        "export default defineComponent({ async run() { return 'ran' } })"))
                .build());
        trigger(wf, "{\"amount\": 5}");
        JsonObject small = api.awaitFinished(wf.getString("id"));
        assertEquals("success", small.getString("status"));
        assertEquals(1, small.getJsonArray("steps").size(), "the filter ended the execution: " + small);
        trigger(wf, "{\"amount\": 50}");
        JsonObject big = api.awaitExecution(wf.getString("id"), e -> !e.getString("id").equals(small.getString("id"))
                && e.getString("status").equals("success"));
        assertEquals(2, big.getJsonArray("steps").size());
        assertEquals("ran", big.getJsonArray("steps").getJsonObject(1).getString("$return_value"));
    }

    /**
     * What these steps themselves do: {@code $.flow.delay} is called with the duration in milliseconds and
     * its resume and cancel URLs exported, and {@code $.send.email} accepts the email. (Pausing the execution and sending the mail are the runner's
     * and mail sender's part, tested with them.)
     */
    @Test
    void delayAndSendEmailAsSteps() {
        JsonObject wf = workflow("delay-email", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "wait").add("component", "delay")
                        .add("props", Json.createObjectBuilder().add("duration", 1).add("unit", "seconds")))
                .add(Json.createObjectBuilder().add("name", "mail").add("component", "send-email")
                        .add("props", Json.createObjectBuilder().add("subject", "Order {{steps.trigger.event.body.n}}")
                                .add("text", "It arrived.")))
                .build());
        trigger(wf, "{\"n\": 42}");
        JsonObject ex = api.awaitExecution(wf.getString("id"), e -> e.getString("status").equals("success")
                || e.getString("status").equals("error"));
        JsonObject wait = ex.getJsonArray("steps").getJsonObject(0);
        assertEquals("success", wait.getString("status"), wait.toString());
        assertEquals(1000, wait.getJsonObject("$return_value").getInt("delay_ms"));
        // the URLs come from the runner (null until it gives the step its resume and cancel URLs)
        assertTrue(wait.getJsonObject("exports").containsKey("resume_url"), wait.toString());
        assertTrue(wait.getJsonObject("exports").containsKey("cancel_url"), wait.toString());
        JsonObject mail = ex.getJsonArray("steps").getJsonObject(1);
        assertEquals("success", mail.getString("status"), mail.toString());
        assertEquals("Email \"Order 42\" queued", mail.getJsonObject("exports").getString("$summary"));
    }

    @Test
    void aStepNamingASourceOrAnUnknownComponentIs400() {
        Api.Reply source = api.post("/v1/workflows", "{\"name\": \"bad\", \"steps\": [{\"name\": \"a\", \"component\": \"schedule\"}]}");
        assertEquals(400, source.status(), source.body());
        assertEquals("steps[0].component", source.error().getString("field"));
        Api.Reply unknown = api.post("/v1/workflows", "{\"name\": \"bad\", \"steps\": [{\"name\": \"a\", \"component\": \"nope\"}]}");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("steps[0].component", unknown.error().getString("field"));
    }
}
