package io.millrace.it.execution;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Wait;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * "Build from event": {@code POST /v1/executions/{id}/test} sends an execution's trigger event to the workflow's
 * current deployment as a test event ({@code steps.trigger.context.test}), also while the workflow is off.
 */
class BuildFromEventIT {
    private static final String STEP = "export default defineComponent({ async run({ steps }) {"
            + " return { order: steps.trigger.event.body.order, test: steps.trigger.context.test,"
            + " replay: steps.trigger.context.replay, version: 'VERSION' } } })";

    private final Api api = Api.server();

    private JsonObject awaitDone(String id) {
        return Wait.until("execution " + id + " to finish", 60, () -> api.get("/v1/executions/" + id).json()
                .getJsonObject("data"), e -> e.getString("status").equals("success") || e.getString("status").equals("error"));
    }

    @Test
    void theEventRunsAsATestOnTheCurrentDeploymentEvenWhileTheWorkflowIsOff() {
        JsonObject workflow = api.createHttpWorkflow("build-from-event", steps(step("echo", STEP.replace("VERSION", "v1"))));
        String workflowId = workflow.getString("id");
        api.trigger(workflow, "{\"order\": 9}");
        JsonObject original = api.awaitFinished(workflowId);
        assertEquals(200, api.put("/v1/workflows/" + workflowId, "{\"active\": false, \"steps\":"
                + steps(step("echo", STEP.replace("VERSION", "v2"))) + "}").status());

        Api.Reply tested = api.post("/v1/executions/" + original.getString("id") + "/test", "");
        assertEquals(200, tested.status(), tested.body());
        JsonObject started = tested.json().getJsonObject("data");
        assertNotEquals(original.getString("id"), started.getString("id"));
        assertEquals(JsonObject.NULL, started.get("replay_of"), "a test is not a replay");
        JsonObject done = awaitDone(started.getString("id"));
        assertEquals("success", done.getString("status"), done.toString());
        JsonObject result = done.getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value");
        assertEquals(9, result.getInt("order"), "the same event");
        assertEquals("v2", result.getString("version"), "the current deployment");
        assertTrue(result.getBoolean("test"));
        assertEquals(false, result.getBoolean("replay"));
        JsonObject context = done.getJsonObject("trigger").getJsonObject("context");
        assertNotEquals(original.getJsonObject("trigger").getJsonObject("context").getString("trace_id"),
                context.getString("trace_id"), "a trace of its own");
        assertEquals(original.getJsonObject("trigger").getJsonObject("event"), done.getJsonObject("trigger").getJsonObject("event"));
        assertTrue(api.get("/v1/executions/" + original.getString("id")).json().getJsonObject("data")
                .getJsonArray("replays").isEmpty());

        Workspaces.Tenant other = Workspaces.create(api, "build-other");
        assertEquals(404, other.api().post("/v1/executions/" + original.getString("id") + "/test", "").status());
        assertEquals(204, api.delete("/v1/workflows/" + workflowId).status());
        assertEquals(404, api.post("/v1/executions/" + original.getString("id") + "/test", "").status());
    }

    @Test
    void anEditedEventRunsInsteadOfTheStoredOneAndABadBodyNamesItsField() {
        JsonObject workflow = api.createHttpWorkflow("build-from-edited-event", steps(step("echo", STEP.replace("VERSION", "v1"))));
        api.trigger(workflow, "{\"order\": 9}");
        JsonObject original = api.awaitFinished(workflow.getString("id"));
        String path = "/v1/executions/" + original.getString("id") + "/test";

        JsonObject edited = jakarta.json.Json.createObjectBuilder(original.getJsonObject("trigger").getJsonObject("event"))
                .add("body", jakarta.json.Json.createObjectBuilder().add("order", 10)).build();
        Api.Reply tested = api.post(path, "{\"event\": " + edited + "}");
        assertEquals(200, tested.status(), tested.body());
        JsonObject done = awaitDone(tested.json().getJsonObject("data").getString("id"));
        assertEquals(10, done.getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value").getInt("order"),
                "the edited event ran");
        assertTrue(done.getJsonObject("trigger").getJsonObject("context").getBoolean("test"));
        assertEquals(edited, done.getJsonObject("trigger").getJsonObject("event"));
        assertEquals(9, api.get("/v1/executions/" + original.getString("id")).json().getJsonObject("data")
                .getJsonObject("trigger").getJsonObject("event").getJsonObject("body").getInt("order"), "the original keeps its event");

        Api.Reply notObject = api.post(path, "{\"event\": [1]}");
        assertEquals(400, notObject.status(), notObject.body());
        assertEquals("event", notObject.error().getString("field"));
        Api.Reply unknown = api.post(path, "{\"evnt\": {}}");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("evnt", unknown.error().getString("field"));
        assertEquals(400, api.post(path, "[]").status());
    }
}
