package io.millrace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the server with events waiting at the gate, dispatched and running: after a restart
 * every accepted event completes, with exactly one stored result per step.
 */
class CrashRecoveryIT {
    private static final int EVENTS = 40;
    private final Api api = Api.server();

    @Test
    void everyAcceptedEventCompletesAfterAKill9() {
        String step = "export default defineComponent({ async run({ steps }) {"
                + " await new Promise(r => setTimeout(r, 150)); return steps.trigger.event.query.n } })";
        JsonObject wf = api.post("/v1/workflows", "{\"name\":\"crash\",\"triggers\":[{\"type\":\"http\"}],"
                + "\"settings\":{\"concurrency\":2,\"queue_size\":1000},\"steps\":["
                + "{\"name\":\"one\",\"code\":" + jakarta.json.Json.createValue(step) + "},"
                + "{\"name\":\"two\",\"code\":" + jakarta.json.Json.createValue(step) + "}]}").json().getJsonObject("data");
        for (int i = 0; i < EVENTS; i++) {
            assertEquals(200, api.raw(api.request(Api.endpoint(wf) + "?n=" + i).GET()).status());
        }
        WorkflowLists.awaitExecutions(api, wf.getString("id"), 3, e -> e.getString("status").equals("success"));

        LibertyServer server = LibertyServer.itServer();
        server.kill();
        server.start();

        List<JsonObject> done = awaitAll(wf.getString("id"));
        assertEquals(EVENTS, done.size(), "every accepted event has one execution");
        for (JsonObject summary : done) {
            JsonObject ex = api.get("/v1/executions/" + summary.getString("id")).json().getJsonObject("data");
            assertEquals("success", ex.getString("status"), ex.toString());
            assertEquals(2, ex.getJsonArray("steps").size(), "one stored result per step");
            String n = ex.getJsonObject("trigger").getJsonObject("event").getJsonObject("query").getString("n");
            for (JsonValue s : ex.getJsonArray("steps")) {
                assertEquals(n, s.asJsonObject().getString("$return_value"));
            }
        }
    }

    private List<JsonObject> awaitAll(String workflowId) {
        Instant until = Instant.now().plusSeconds(120);
        List<JsonObject> all = new ArrayList<>();
        while (Instant.now().isBefore(until)) {
            all = api.get("/v1/workflows/" + workflowId + "/executions?limit=100").json().getJsonArray("data")
                    .getValuesAs(JsonObject.class);
            if (all.stream().allMatch(e -> e.getString("status").equals("success")) && all.size() >= EVENTS) {
                return all;
            }
            Api.pause();
        }
        assertTrue(false, "not all executions finished: " + all);
        return all;
    }
}
