package io.millrace.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Schedule triggers through the real server: an interval schedule fires by itself with the seed's event fields,
 * Run Now fires at once, a cron schedule in a time zone shows its next fire times, execution controls (throttle, queue
 * size) hold and refuse scheduled runs as they do HTTP events, bad schedules are 400s naming the field.
 */
class ScheduleTriggerIT {
    private static final String STEP = Json.createObjectBuilder().add("name", "echo")
            .add("code", "export default defineComponent({ async run({ steps }) { return steps.trigger.event } })")
            .build().toString();
    private final Api api = Api.server();

    private Api.Reply create(String trigger) {
        return api.post("/v1/workflows", "{\"name\":\"schedule-" + System.nanoTime() + "\",\"triggers\":[" + trigger
                + "],\"steps\":[" + STEP + "]}");
    }

    private JsonObject created(String trigger) {
        Api.Reply r = create(trigger);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    @Test
    void anIntervalScheduleFiresByItselfWithTheSeedsEventFields() {
        JsonObject wf = created("{\"type\":\"schedule\",\"interval_seconds\":3}");
        JsonObject trigger = wf.getJsonArray("triggers").getJsonObject(0);
        assertEquals("schedule", trigger.getString("type"));
        assertEquals(3, trigger.getInt("interval_seconds"));
        assertEquals(5, trigger.getJsonArray("next_fire_times").size());
        JsonObject ex = api.awaitExecution(wf.getString("id"), e -> e.getString("status").equals("success"));
        JsonObject event = ex.getJsonObject("trigger").getJsonObject("event");
        assertEquals(3, event.getInt("interval_seconds"));
        assertTrue(event.isNull("cron"));
        long ts = event.getJsonNumber("timestamp").longValue();
        assertTrue(Math.abs(Instant.now().getEpochSecond() - ts) < 120, event.toString());
        assertEquals("UTC", event.getJsonObject("timezone_utc").getString("timezone"));
        assertEquals(trigger.getString("id"), ex.getJsonObject("trigger").getJsonObject("context").getString("emitter_id"));
        assertEquals(event, ex.getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value"));
        api.put("/v1/workflows/" + wf.getString("id"), "{\"active\":false}");
    }

    @Test
    void aCronScheduleInATimeZoneShowsItsNextFireTimesAndRunsNow() {
        JsonObject wf = created("{\"type\":\"schedule\",\"cron\":\"0 9 * * 1-5\",\"timezone\":\"Europe/Berlin\"}");
        String id = wf.getString("id");
        JsonObject trigger = api.get("/v1/workflows/" + id).json().getJsonObject("data").getJsonArray("triggers")
                .getJsonObject(0);
        assertEquals("0 9 * * 1-5", trigger.getString("cron"));
        assertEquals("Europe/Berlin", trigger.getString("timezone"));
        List<String> next = trigger.getJsonArray("next_fire_times").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertEquals(5, next.size());
        for (String t : next) {
            ZonedDateTime local = Instant.parse(t).atZone(ZoneId.of("Europe/Berlin"));
            assertEquals(9, local.getHour(), t);
            assertEquals(0, local.getMinute(), t);
            assertTrue(local.getDayOfWeek() != DayOfWeek.SATURDAY && local.getDayOfWeek() != DayOfWeek.SUNDAY, t);
            assertTrue(Instant.parse(t).isAfter(Instant.now()), t);
        }

        Api.Reply run = api.post("/v1/workflows/" + id + "/triggers/" + trigger.getString("id") + "/run", "");
        assertEquals(200, run.status(), run.body());
        String executionId = run.json().getJsonObject("data").getString("id");
        JsonObject ex = api.awaitExecution(id, e -> e.getString("id").equals(executionId)
                && e.getString("status").equals("success"));
        JsonObject event = ex.getJsonObject("trigger").getJsonObject("event");
        assertEquals("0 9 * * 1-5", event.getString("cron"));
        assertTrue(event.isNull("interval_seconds"));
        JsonObject local = event.getJsonObject("timezone_configured");
        assertEquals("Europe/Berlin", local.getString("timezone"));
        ZonedDateTime at = Instant.ofEpochSecond(event.getJsonNumber("timestamp").longValue()).atZone(ZoneId.of("Europe/Berlin"));
        assertEquals(at.getHour(), local.getInt("hour"));

        assertEquals(404, api.post("/v1/workflows/" + id + "/triggers/ti_nope/run", "").status());
    }

    @Test
    void executionControlsHoldAndRefuseScheduledRunsLikeAnyOtherEvent() {
        Api.Reply created = api.post("/v1/workflows", "{\"name\":\"schedule-held-" + System.nanoTime()
                + "\",\"triggers\":[{\"type\":\"schedule\",\"cron\":\"0 0 1 1 *\"}],\"steps\":[" + STEP
                + "],\"settings\":{\"throttle\":{\"limit\":0,\"interval_seconds\":60},\"queue_size\":1}}");
        assertEquals(200, created.status(), created.body());
        JsonObject wf = created.json().getJsonObject("data");
        String id = wf.getString("id");
        String run = "/v1/workflows/" + id + "/triggers/" + wf.getJsonArray("triggers").getJsonObject(0).getString("id") + "/run";

        Api.Reply held = api.post(run, "");
        assertEquals(200, held.status(), held.body());
        String heldId = held.json().getJsonObject("data").getString("id");
        Api.Reply refused = api.post(run, "");
        assertEquals(429, refused.status(), refused.body());
        assertTrue(refused.error().getString("message").startsWith("Event Queue Full"), refused.body());
        JsonObject recorded = api.awaitExecution(id, e -> e.getString("status").equals("error"));
        assertEquals("Event Queue Full", recorded.getJsonObject("error").getString("name"), recorded.toString());
        assertEquals("0 0 1 1 *", recorded.getJsonObject("trigger").getJsonObject("event").getString("cron"),
                "the refused tick keeps its event");
        JsonObject queue = api.get("/v1/workflows/" + id + "/queue").json().getJsonObject("data");
        assertEquals(1, queue.getInt("queued"), queue.toString());

        assertEquals(200, api.put("/v1/workflows/" + id, "{\"settings\":{\"throttle\":null}}").status());
        JsonObject ran = api.awaitExecution(id, e -> e.getString("id").equals(heldId) && e.getString("status").equals("success"));
        assertEquals("0 0 1 1 *", ran.getJsonObject("trigger").getJsonObject("event").getString("cron"));
    }

    @Test
    void badSchedulesAre400sNamingTheField() {
        assertBad("{\"type\":\"schedule\",\"cron\":\"61 * * * *\"}", "triggers[0].cron");
        assertBad("{\"type\":\"schedule\",\"cron\":\"0 9 * * *\",\"timezone\":\"Mars/Olympus\"}", "triggers[0].timezone");
        assertBad("{\"type\":\"schedule\",\"interval_seconds\":0}", "triggers[0].interval_seconds");
        assertBad("{\"type\":\"schedule\"}", "triggers[0]");
    }

    private void assertBad(String trigger, String field) {
        Api.Reply r = create(trigger);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains(field), r.body());
    }
}
