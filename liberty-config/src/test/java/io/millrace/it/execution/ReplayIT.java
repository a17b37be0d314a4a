package io.millrace.it.execution;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Wait;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/executions/{id}/replay}: the trigger event runs again as a new execution of the live
 * deployment, marked as a replay in its context, in the same trace, linked both ways; only in the caller's
 * workspace, only while the workflow is active.
 */
class ReplayIT {
    /** Fails until the deployment that reads {@code fixed} is live, and says what it saw. */
    private static final String STEP = "export default defineComponent({ async run({ steps }) {"
            + " return { order: steps.trigger.event.body.order, replay: steps.trigger.context.replay,"
            + " trace: steps.trigger.context.trace_id, version: 'VERSION' } } })";

    private final Api api = Api.server();

    private static String code(String version) {
        return STEP.replace("VERSION", version);
    }

    private JsonObject execution(String id) {
        Api.Reply r = api.get("/v1/executions/" + id);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private JsonObject awaitDone(String id) {
        return Wait.until("execution " + id + " to finish", 60, () -> execution(id),
                e -> e.getString("status").equals("success") || e.getString("status").equals("error"));
    }

    @Test
    void aReplayRunsTheSameEventOnTheLiveDeploymentAsANewLinkedExecution() {
        JsonObject workflow = api.createHttpWorkflow("replayed", steps(step("echo", code("v1"))));
        String workflowId = workflow.getString("id");
        api.trigger(workflow, "{\"order\": 42}");
        JsonObject original = api.awaitFinished(workflowId);
        assertEquals("v1", stepResult(original).getString("version"));

        Api.Reply update = api.put("/v1/workflows/" + workflowId, "{\"steps\":" + steps(step("echo", code("v2"))) + "}");
        assertEquals(200, update.status(), update.body());

        Api.Reply replayed = api.post("/v1/executions/" + original.getString("id") + "/replay", "");
        assertEquals(200, replayed.status(), replayed.body());
        JsonObject replay = replayed.json().getJsonObject("data");
        assertEquals(original.getString("id"), replay.getString("replay_of"));
        assertTrue(!replay.getString("id").equals(original.getString("id")));

        JsonObject done = awaitDone(replay.getString("id"));
        assertEquals("success", done.getString("status"), done.toString());
        JsonObject result = stepResult(done);
        assertEquals(42, result.getInt("order"), "the same event");
        assertEquals("v2", result.getString("version"), "the live deployment");
        assertTrue(result.getBoolean("replay"), "steps.trigger.context.replay");
        assertEquals(original.getJsonObject("trigger").getJsonObject("context").getString("trace_id"),
                result.getString("trace"), "the original's trace");
        assertEquals(original.getJsonObject("trigger").getJsonObject("event"),
                done.getJsonObject("trigger").getJsonObject("event"));
        assertEquals(false, stepResult(execution(original.getString("id"))).getBoolean("replay"));

        JsonObject again = api.post("/v1/executions/" + original.getString("id") + "/replay", "").json().getJsonObject("data");
        awaitDone(again.getString("id"));
        assertEquals(jakarta.json.Json.createArrayBuilder().add(replay.getString("id")).add(again.getString("id")).build(),
                execution(original.getString("id")).getJsonArray("replays"), "the original lists its replays, oldest first");
        assertTrue(execution(replay.getString("id")).getJsonArray("replays").isEmpty());

        assertEquals(204, api.delete("/v1/executions/" + original.getString("id")).status());
        assertEquals(404, api.get("/v1/executions/" + original.getString("id")).status());
        assertEquals(404, api.post("/v1/executions/" + original.getString("id") + "/replay", "").status());
        assertEquals(original.getString("id"), execution(replay.getString("id")).getString("replay_of"),
                "a replay keeps naming its deleted original");
    }

    @Test
    void anExecutionThatHasNotFinishedCannotBeDeleted() {
        JsonObject workflow = api.createHttpWorkflow("delete-running", steps(step("wait",
                "export default defineComponent({ async run() { await new Promise(r => setTimeout(r, 3000)); return 1 } })")));
        api.trigger(workflow, "{}");
        JsonObject running = Wait.until("an execution to start", 30, () -> api.get("/v1/workflows/" + workflow.getString("id")
                + "/executions?limit=1").json().getJsonArray("data"), list -> !list.isEmpty()).getJsonObject(0);
        Api.Reply refused = api.delete("/v1/executions/" + running.getString("id"));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.error().getString("message").contains("has not finished"), refused.body());
        String id = running.getString("id");
        awaitDone(id);
        assertEquals(204, api.delete("/v1/executions/" + id).status());
    }

    @Test
    void onlyTheCallersExecutionsOfActiveWorkflowsCanBeReplayed() {
        JsonObject workflow = api.createHttpWorkflow("replay-guarded", steps(step("echo", code("v1"))));
        api.trigger(workflow, "{\"order\": 1}");
        String id = api.awaitFinished(workflow.getString("id")).getString("id");

        Workspaces.Tenant other = Workspaces.create(api, "replay-other");
        Api.Reply foreign = other.api().post("/v1/executions/" + id + "/replay", "");
        assertEquals(404, foreign.status(), foreign.body());
        assertEquals(404, api.post("/v1/executions/0Vd4nope000000000000000000/replay", "").status());

        assertEquals(200, api.put("/v1/workflows/" + workflow.getString("id"), "{\"active\": false}").status());
        Api.Reply inactive = api.post("/v1/executions/" + id + "/replay", "");
        assertEquals(409, inactive.status(), inactive.body());
        assertTrue(inactive.error().getString("message").contains("not active"), inactive.body());

        assertEquals(404, other.api().delete("/v1/executions/" + id).status(), "another workspace's execution");

        assertEquals(204, api.delete("/v1/workflows/" + workflow.getString("id")).status());
        assertEquals(404, api.post("/v1/executions/" + id + "/replay", "").status());
    }

    private static JsonObject stepResult(JsonObject execution) {
        return execution.getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value");
    }
}
