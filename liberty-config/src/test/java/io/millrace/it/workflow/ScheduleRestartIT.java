package io.millrace.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.LibertyServer;
import io.millrace.it.support.Wait;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Schedule timers survive a restart: an interval schedule's ticks that fell while the server was stopped are not
 * lost and not run in a burst; the first of them fires once when the server is back (its event has the tick's
 * own timestamp, from before the start), then the schedule goes on from there.
 */
class ScheduleRestartIT {
    private static final int INTERVAL = 4;
    private final Api api = Api.server();

    @Test
    void aTickMissedWhileTheServerWasDownFiresOnceAtStart() {
        String step = Json.createObjectBuilder().add("name", "echo")
                .add("code", "export default defineComponent({ async run({ steps }) { return steps.trigger.event } })")
                .build().toString();
        Api.Reply created = api.post("/v1/workflows", "{\"name\":\"schedule-restart\",\"triggers\":[{\"type\":\"schedule\","
                + "\"interval_seconds\":" + INTERVAL + "}],\"steps\":[" + step + "]}");
        assertEquals(200, created.status(), created.body());
        String id = created.json().getJsonObject("data").getString("id");
        api.awaitExecution(id, e -> e.getString("status").equals("success"));

        LibertyServer server = LibertyServer.itServer();
        Instant stopping = Instant.now(); // the ticker stops early in the stop, which may take a while
        server.stop();
        Instant stopped = Instant.now();
        Wait.until("two ticks to fall while the server is down", 30, Instant::now,
                now -> now.isAfter(stopped.plusSeconds(2L * INTERVAL + 1)));
        Instant starting = Instant.now();
        server.start(java.time.Duration.ofMinutes(10)); // a machine under heavy load has taken over 6 minutes to start the app

        try {
            List<JsonObject> after = Wait.until("two executions after the start", 120, () -> startedSince(id, starting),
                    list -> list.size() >= 2);
            List<Long> ticks = after.stream().map(e -> tick(e.getString("id"))).sorted(Comparator.naturalOrder()).toList();
            long missed = ticks.stream().filter(t -> t < starting.getEpochSecond()).count();
            assertEquals(1, missed, "exactly one tick from the downtime fired, not a burst and not none: " + ticks
                    + ", stopped " + stopped + ", started " + starting);
            assertTrue(ticks.get(0) >= stopping.getEpochSecond() - INTERVAL - 2,
                    "the late tick is the stored one, due around the stop: " + ticks + ", stopping " + stopping);
            assertTrue(ticks.get(1) >= starting.getEpochSecond(), "the schedule goes on after the start: " + ticks);
        } finally {
            api.put("/v1/workflows/" + id, "{\"active\":false}");
        }
    }

    private List<JsonObject> startedSince(String workflowId, Instant since) {
        return api.get("/v1/workflows/" + workflowId + "/executions?limit=100").json().getJsonArray("data")
                .getValuesAs(JsonObject.class).stream()
                .filter(e -> Instant.parse(e.getString("created_at")).isAfter(since))
                .filter(e -> e.getString("status").equals("success")).toList();
    }

    private long tick(String executionId) {
        return api.get("/v1/executions/" + executionId).json().getJsonObject("data").getJsonObject("trigger")
                .getJsonObject("event").getJsonNumber("timestamp").longValue();
    }
}
