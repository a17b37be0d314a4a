package io.millrace.it.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Stores;
import io.millrace.it.support.Users;
import io.millrace.it.support.Wait;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/executions/{id}/replay} with {@code {"from_step"}}: a step failed, the workflow is redeployed
 * with that step fixed, and the replay from it reuses the earlier step's stored result (its data-store counter
 * does not move) while the fixed step and the later ones run; refused with 409 when an earlier step changed or
 * did not succeed.
 */
class ReplayFromStepIT {
    /** Counts its runs in the data store and returns the count. */
    private static final String COUNT = "export default defineComponent({ props: { db: { type: 'data_store' } },"
            + " async run({ $ }) { const n = ((await this.db.get('runs')) || 0) + 1; await this.db.set('runs', n);"
            + " $.export('counted', n); return { n } } })";
    private static final String CHARGE_BROKEN = "export default defineComponent({ async run() {"
            + " throw new Error('card declined') } })";
    private static final String CHARGE_FIXED = "export default defineComponent({ async run({ steps }) {"
            + " return 'charged order ' + steps.trigger.event.body.order + ' on run ' + steps.count.$return_value.n"
            + " + ' (' + steps.count.counted + ')' } })";
    private static final String NOTIFY = "export default defineComponent({ async run({ steps }) {"
            + " return 'notified: ' + steps.charge.$return_value } })";

    private final Api admin = Api.server();

    private static String steps(String storeId, String charge, String count) {
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "count").add("code", count)
                        .add("props", Json.createObjectBuilder().add("db", storeId)))
                .add(Json.createObjectBuilder().add("name", "charge").add("code", charge))
                .add(Json.createObjectBuilder().add("name", "notify").add("code", NOTIFY))
                .build().toString();
    }

    private static JsonObject execution(Api api, String id) {
        Api.Reply r = api.get("/v1/executions/" + id);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private static JsonObject awaitDone(Api api, String id) {
        return Wait.until("execution " + id + " to finish", 60, () -> execution(api, id),
                e -> e.getString("status").equals("success") || e.getString("status").equals("error"));
    }

    private static int runs(Api api, JsonObject store) {
        Api.Reply r = api.get(Stores.record(store.getString("id"), "runs"));
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data").getInt("value");
    }

    private static Api.Reply replay(Api api, String id, String body) {
        return api.post("/v1/executions/" + id + "/replay", body);
    }

    @Test
    void aReplayFromTheFixedStepReusesTheEarlierStepAndRunsTheRest() {
        Users.TestUser user = Users.inNewWorkspace(admin, "from-step");
        Api api = user.api();
        JsonObject store = Stores.create(api, user.projectId(), "from-step");
        String storeId = store.getString("id");
        Api.Reply created = api.post("/v1/workflows", "{\"name\":\"from-step\",\"triggers\":[{\"type\":\"http\"}],"
                + "\"steps\":" + steps(storeId, CHARGE_BROKEN, COUNT) + "}");
        assertEquals(200, created.status(), created.body());
        JsonObject workflow = created.json().getJsonObject("data");
        String workflowId = workflow.getString("id");
        api.trigger(workflow, "{\"order\": 5}");
        JsonObject original = api.awaitFinished(workflowId);
        assertEquals("error", original.getString("status"), original.toString());
        assertEquals(1, runs(api, store));
        JsonObject counted = original.getJsonArray("steps").getJsonObject(0);

        Api.Reply update = api.put("/v1/workflows/" + workflowId, "{\"steps\":" + steps(storeId, CHARGE_FIXED, COUNT) + "}");
        assertEquals(200, update.status(), update.body());
        String originalId = original.getString("id");

        Api.Reply notAfterAFailure = replay(api, originalId, "{\"from_step\": \"notify\"}");
        assertEquals(409, notAfterAFailure.status(), notAfterAFailure.body());
        assertTrue(notAfterAFailure.error().getString("message").contains("'charge'"), notAfterAFailure.body());

        Api.Reply replayed = replay(api, originalId, "{\"from_step\": \"charge\"}");
        assertEquals(200, replayed.status(), replayed.body());
        JsonObject started = replayed.json().getJsonObject("data");
        assertEquals(originalId, started.getString("replay_of"));
        JsonObject done = awaitDone(api, started.getString("id"));
        assertEquals("success", done.getString("status"), done.toString());

        JsonObject reused = done.getJsonArray("steps").getJsonObject(0);
        assertEquals("count", reused.getString("name"));
        assertTrue(reused.getBoolean("reused"), reused.toString());
        assertEquals(originalId, reused.getString("reused_from"));
        assertEquals(counted.get("$return_value"), reused.get("$return_value"), "the original's result");
        assertEquals(counted.get("exports"), reused.get("exports"), "and exports");
        assertEquals(1, runs(api, store), "the reused step did not run again");
        JsonObject charge = done.getJsonArray("steps").getJsonObject(1);
        assertFalse(charge.getBoolean("reused"));
        assertEquals("charged order 5 on run 1 (1)", charge.getString("$return_value"),
                "the fixed step ran and saw the reused step's return value and export");
        assertEquals("notified: charged order 5 on run 1 (1)",
                done.getJsonArray("steps").getJsonObject(2).getString("$return_value"), "the later step ran");
        assertTrue(execution(api, originalId).getJsonArray("replays").toString().contains(done.getString("id")));

        JsonObject whole = awaitDone(api, replay(api, originalId, "").json().getJsonObject("data").getString("id"));
        assertEquals("success", whole.getString("status"));
        assertEquals(2, runs(api, store), "a replay from the start runs the first step again");

        String changedCount = COUNT.replace("const n", "/* v2 */ const n");
        assertEquals(200, api.put("/v1/workflows/" + workflowId, "{\"steps\":" + steps(storeId, CHARGE_FIXED, changedCount)
                + "}").status());
        Api.Reply changed = replay(api, originalId, "{\"from_step\": \"charge\"}");
        assertEquals(409, changed.status(), changed.body());
        assertTrue(changed.error().getString("message").contains("'count' changed"), changed.body());
        JsonObject fromFirst = awaitDone(api, replay(api, originalId, "{\"from_step\": \"count\"}").json()
                .getJsonObject("data").getString("id"));
        assertEquals("success", fromFirst.getString("status"));
        assertFalse(fromFirst.getJsonArray("steps").getJsonObject(0).getBoolean("reused"));
        assertEquals(3, runs(api, store), "from the changed step on, everything runs");
    }

    @Test
    void badFromStepsAre400AndOtherWorkspacesExecutionsA404() {
        Users.TestUser user = Users.inNewWorkspace(admin, "from-step-bad");
        Api api = user.api();
        JsonObject workflow = api.createHttpWorkflow("from-step-bad", "[{\"name\":\"only\",\"code\":"
                + Json.createValue("export default defineComponent({ async run() { return 1 } })") + "}]");
        String id = api.runOnce(workflow).getString("id");

        assertBad(replay(api, id, "{\"from_step\": \"nope\"}"), "from_step");
        assertBad(replay(api, id, "{\"from_step\": 5}"), "from_step");
        assertBad(replay(api, id, "{\"from_step\": \"  \"}"), "from_step");
        assertBad(replay(api, id, "{\"from_step\": \"" + "s".repeat(256) + "\"}"), "from_step");
        assertBad(replay(api, id, "{\"from\": \"only\"}"), "from");
        assertBad(replay(api, id, "[]"), null);
        assertEquals(404, replay(admin, id, "{\"from_step\": \"only\"}").status());
        Api.Reply fromTheOnlyStep = replay(api, id, "{\"from_step\": \"only\"}");
        assertEquals(200, fromTheOnlyStep.status(), fromTheOnlyStep.body());
    }

    private static void assertBad(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals(field, reply.error().getString("field", null), reply.body());
    }
}
