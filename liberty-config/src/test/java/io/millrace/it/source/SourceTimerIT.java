package io.millrace.it.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Fixtures;
import io.millrace.it.support.LibertyServer;
import io.millrace.it.support.Sources;
import io.millrace.it.support.Wait;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code $.interface.timer}: durable, delayed ticks; superseded ticks are skipped; they survive a restart. */
class SourceTimerIT {
    /** Counts its timer runs in $.service.db and emits each count with the timer event. */
    static final String COUNTER = Fixtures.text("components/counter.mjs");
    private final Api api = Api.server();

    private static List<Integer> numbers(List<JsonValue> events) {
        return events.stream().map(e -> e.asJsonObject().getInt("n")).toList();
    }

    @Test
    void aOneSecondTimerEmitsTheTimerEventEverySecond() {
        long before = System.currentTimeMillis() / 1000;
        JsonObject s = Sources.fromCode(api, "ticker", COUNTER, "{\"timer\": {\"intervalSeconds\": 1}}");
        assertEquals(Json.createObjectBuilder().addNull("cron").add("interval_seconds", 1).build(),
                s.getJsonObject("configured_props").getJsonObject("timer"));
        List<JsonValue> events = Sources.awaitEmitted(api, s.getString("id"), 3, 60);
        assertEquals(List.of(1, 2, 3), numbers(events.subList(0, 3)), "one run at a time, db persisted");
        JsonObject first = events.get(0).asJsonObject();
        JsonObject event = first.getJsonObject("event");
        assertEquals(Json.createObjectBuilder().add("type", "$.interface.timer").add("intervalSeconds", 1).build(),
                first.getJsonObject("timer"), "this.timer");
        assertEquals(1, event.getInt("interval_seconds"));
        long t1 = event.getJsonNumber("timestamp").longValue();
        long t2 = events.get(1).asJsonObject().getJsonObject("event").getJsonNumber("timestamp").longValue();
        long t3 = events.get(2).asJsonObject().getJsonObject("event").getJsonNumber("timestamp").longValue();
        assertTrue(t1 >= before && t1 <= before + 30, "timestamp in epoch seconds: " + t1);
        assertEquals(1, t2 - t1, "ticks are one interval apart");
        assertEquals(1, t3 - t2);
        api.delete("/v1/sources/" + s.getString("id"));
    }

    @Test
    void deactivationStopsTheTimerAndAnUpdateSupersedesTheOldSchedule() throws Exception {
        JsonObject s = Sources.fromCode(api, "stopper", COUNTER, "{\"timer\": {\"intervalSeconds\": 1}}");
        String id = s.getString("id");
        Sources.awaitEmitted(api, id, 2, 60);
        api.put("/v1/sources/" + id, "{\"active\": false}");
        int stopped = settledCount(id);
        Thread.sleep(3000); // nothing may tick for three intervals
        assertEquals(stopped, Sources.events(api, id).size(), "an inactive source's timer does not tick");

        api.put("/v1/sources/" + id, "{\"active\": true}");
        Sources.awaitEmitted(api, id, stopped + 2, 60);

        // a long interval supersedes the 1 s schedule at once: no tick of the old one runs any more
        JsonObject slow = api.put("/v1/sources/" + id, "{\"configured_props\": {\"timer\": {\"intervalSeconds\": 3600}}}")
                .json().getJsonObject("data");
        assertEquals(3600, slow.getJsonObject("configured_props").getJsonObject("timer").getInt("interval_seconds"));
        int superseded = settledCount(id);
        Thread.sleep(3000);
        assertEquals(superseded, Sources.events(api, id).size(), "the superseded 1 s ticks are skipped");
        api.delete("/v1/sources/" + id);
    }

    @Test
    void aCronTimerIsScheduledAtTheNextMatchingMinute() {
        JsonObject s = Sources.fromCode(api, "cron", COUNTER, "{\"timer\": {\"cron\": \"*/5 * * * *\"}}");
        assertEquals(Json.createObjectBuilder().add("cron", "*/5 * * * *").addNull("interval_seconds").build(),
                s.getJsonObject("configured_props").getJsonObject("timer"));
        JsonObject again = api.get("/v1/sources/" + s.getString("id")).json().getJsonObject("data");
        assertEquals(s.getJsonObject("configured_props"), again.getJsonObject("configured_props"));
        api.delete("/v1/sources/" + s.getString("id"));
        JsonObject paris = Sources.fromCode(api, "cron-paris", COUNTER,
                "{\"timer\": {\"cron\": \"0 9 * * 1-5\", \"timezone\": \"Europe/Paris\"}}");
        assertEquals(Json.createObjectBuilder().add("cron", "0 9 * * 1-5").addNull("interval_seconds")
                .add("timezone", "Europe/Paris").build(), paris.getJsonObject("configured_props").getJsonObject("timer"));
        api.delete("/v1/sources/" + paris.getString("id"));
        Api.Reply badZone = api.post("/v1/sources", Json.createObjectBuilder().add("component_code", COUNTER)
                .add("configured_props", Json.createObjectBuilder().add("timer", Json.createObjectBuilder()
                        .add("cron", "0 9 * * *").add("timezone", "Nowhere/Special"))).build().toString());
        assertEquals(400, badZone.status(), badZone.body());
        assertEquals("configured_props.timer.timezone", badZone.error().getString("field"));
    }

    @Test
    void ticksSurviveARestart() {
        JsonObject s = Sources.fromCode(api, "survivor", COUNTER, "{\"timer\": {\"intervalSeconds\": 2}}");
        String id = s.getString("id");
        Sources.awaitEmitted(api, id, 1, 60);
        LibertyServer server = LibertyServer.itServer();
        server.stop();
        server.start();
        int after = Sources.events(api, id).size();
        List<JsonValue> events = Sources.awaitEmitted(api, id, after + 2, 90);
        List<Integer> n = numbers(events);
        for (int i = 0; i < n.size(); i++) {
            assertEquals(i + 1, n.get(i), "the counter in $.service.db goes on after the restart: " + n);
        }
        api.delete("/v1/sources/" + id);
    }

    /** The number of events once no run is in flight any more (waits up to 30 s). */
    private int settledCount(String id) {
        Wait.until("no run of " + id + " in flight", 30, () -> Sources.runs(api, id),
                runs -> runs.stream().map(JsonValue::asJsonObject)
                        .noneMatch(r -> r.getString("status").equals("queued") || r.getString("status").equals("running")));
        return Sources.events(api, id).size();
    }
}
