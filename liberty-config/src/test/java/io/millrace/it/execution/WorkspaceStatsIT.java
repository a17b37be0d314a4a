package io.millrace.it.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Users;
import io.millrace.it.support.Wait;
import io.millrace.it.support.Workspaces;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /v1/workspaces/{org_id}/stats}, the dashboard's figures, through the real server: executions and
 * errors in the current hour, every hour of the range named, queue depths, the slowest and the most failing
 * workflows; a member who may not see a project does not count its workflows; a bad range is a 400.
 */
class WorkspaceStatsIT {
    private static final String OK = "export default defineComponent({ async run() { return 1 } })";
    private static final String SLOW = "export default defineComponent({ async run() {"
            + " await new Promise(r => setTimeout(r, 1500)); return 1 } })";
    private static final String FAILS = "export default defineComponent({ async run() { throw new Error('nope') } })";

    private final Api admin = Api.server();

    private static JsonObject stats(Api api, String orgId, String range) {
        Api.Reply r = api.get("/v1/workspaces/" + orgId + "/stats" + (range == null ? "" : "?range=" + range));
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private static JsonObject workflow(Api api, String name, String projectId, String code, String settings) {
        Api.Reply r = api.post("/v1/workflows", Json.createObjectBuilder().add("name", name).add("project_id", projectId)
                .add("triggers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "http")))
                .add("steps", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "only").add("code", code)))
                .add("settings", Json.createReader(new java.io.StringReader(settings)).readObject()).build().toString());
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private static JsonObject named(JsonObject stats, String list, String workflowId) {
        return stats.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("workflow_id").equals(workflowId)).findFirst().orElse(null);
    }

    @Test
    void theDashboardCountsHoursQueuesTheSlowestAndTheMostFailing() {
        Workspaces.Tenant tenant = Workspaces.create(admin, "stats");
        Api api = tenant.api();
        JsonObject empty = stats(api, tenant.orgId(), null);
        assertEquals("24h", empty.getString("range"));
        assertEquals(24, empty.getJsonArray("hours").size(), "every hour is named, with 0");
        assertEquals(0, empty.getInt("executions"));
        assertEquals(List.of(), empty.getJsonArray("slowest"));

        JsonObject ok = workflow(api, "s-ok", tenant.projectId(), OK, "{}");
        JsonObject slow = workflow(api, "s-slow", tenant.projectId(), SLOW, "{}");
        JsonObject bad = workflow(api, "s-bad", tenant.projectId(), FAILS, "{}");
        JsonObject held = workflow(api, "s-held", tenant.projectId(), OK,
                "{\"throttle\": {\"limit\": 0, \"interval_seconds\": 60}}"); // holds every event at its gate
        for (int i = 0; i < 3; i++) {
            api.trigger(ok, "{}");
            api.trigger(bad, "{}");
        }
        api.trigger(slow, "{}");
        api.trigger(held, "{}");
        api.trigger(held, "{}");
        Wait.until("seven finished executions", 90, () -> api.get("/v1/executions/counts?status=success,error")
                .json().getJsonObject("data").getInt("total"), n -> n == 7);

        JsonObject day = stats(api, tenant.orgId(), "24h");
        assertEquals(9, day.getInt("executions"), day.toString());
        assertEquals(3, day.getInt("errors"));
        List<JsonObject> hours = day.getJsonArray("hours").getValuesAs(JsonObject.class);
        assertEquals(Instant.parse(day.getString("until")).truncatedTo(ChronoUnit.HOURS),
                Instant.parse(hours.get(23).getString("start")), "the last hour is the current one");
        assertEquals(Instant.parse(hours.get(0).getString("start")), Instant.parse(day.getString("since")));
        // all began within the last minute or two: in the current hour, or the one before when the test crossed it
        assertEquals(9, hours.get(22).getInt("executions") + hours.get(23).getInt("executions"));
        assertEquals(3, hours.get(22).getInt("errors") + hours.get(23).getInt("errors"));
        assertEquals(0, day.getJsonArray("hours").getJsonObject(0).getInt("executions"));

        JsonObject queues = day.getJsonObject("queues");
        assertEquals(2, queues.getInt("queued"), queues.toString());
        JsonObject heldQueue = queues.getJsonArray("workflows").getJsonObject(0);
        assertEquals(held.getString("id"), heldQueue.getString("workflow_id"));
        assertEquals("s-held", heldQueue.getString("name"));
        assertEquals(2, heldQueue.getInt("queued"));

        JsonObject slowest = day.getJsonArray("slowest").getJsonObject(0);
        assertEquals(slow.getString("id"), slowest.getString("workflow_id"), day.getJsonArray("slowest").toString());
        assertEquals("s-slow", slowest.getString("name"));
        assertTrue(slowest.getInt("average_duration_ms") >= 1500, slowest.toString());
        assertEquals(slowest.getInt("average_duration_ms"), slowest.getInt("longest_duration_ms"), "one execution");
        assertTrue(named(day, "slowest", ok.getString("id")).getInt("average_duration_ms") < 1500);

        assertEquals(1, day.getJsonArray("most_failing").size(), day.getJsonArray("most_failing").toString());
        JsonObject failing = day.getJsonArray("most_failing").getJsonObject(0);
        assertEquals(bad.getString("id"), failing.getString("workflow_id"));
        assertEquals(3, failing.getInt("errors"));
        assertEquals(3, failing.getInt("executions"));
        assertEquals(1.0, failing.getJsonNumber("error_rate").doubleValue());

        JsonObject week = stats(api, tenant.orgId(), "7d");
        assertEquals(168, week.getJsonArray("hours").size());
        assertEquals(9, week.getInt("executions"));
        assertEquals(Instant.parse(week.getJsonArray("hours").getJsonObject(0).getString("start")),
                Instant.parse(week.getString("since")));
    }

    @Test
    void aMemberCountsOnlyTheProjectsItMaySeeAndOthersGetErrors() {
        Workspaces.Tenant tenant = Workspaces.create(admin, "stats-hidden");
        Api owner = tenant.api();
        String secret = owner.post("/v1/workspaces/" + tenant.orgId() + "/projects", "{\"name\":\"Secret\"}").json()
                .getJsonObject("data").getString("id");
        JsonObject open = workflow(owner, "open", tenant.projectId(), OK, "{}");
        JsonObject hidden = workflow(owner, "hidden", secret, FAILS, "{}");
        owner.trigger(open, "{}");
        owner.trigger(hidden, "{}");
        owner.trigger(hidden, "{}");
        Wait.until("three finished executions", 90, () -> owner.get("/v1/executions/counts?status=success,error")
                .json().getJsonObject("data").getInt("total"), n -> n == 3);
        assertEquals(200, owner.put("/v1/projects/" + secret + "/access", "{\"restricted\":true,\"members\":[]}").status());
        Users.TestUser member = Users.create(admin, "stats-member", null, tenant.orgId(), false, "member");

        JsonObject seen = stats(member.api(), tenant.orgId(), null);
        assertEquals(1, seen.getInt("executions"), seen.toString());
        assertEquals(0, seen.getInt("errors"));
        assertEquals(List.of(), seen.getJsonArray("most_failing"));
        assertEquals(3, stats(owner, tenant.orgId(), null).getInt("executions"));

        Api.Reply badRange = owner.get("/v1/workspaces/" + tenant.orgId() + "/stats?range=1y");
        assertEquals(400, badRange.status(), badRange.body());
        assertEquals("range", badRange.error().getString("field", null));
        Workspaces.Tenant stranger = Workspaces.create(admin, "stats-stranger");
        assertEquals(404, stranger.api().get("/v1/workspaces/" + tenant.orgId() + "/stats").status());
    }
}
