package io.millrace.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.JsCode;
import io.millrace.it.support.WorkflowLists;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** Creating, reading, changing (and redeploying) and deleting workflows through /v1/workflows. */
class WorkflowsApiIT {
    private static final String CODE_V1 =
            "export default defineComponent({ props: { who: { type: 'string' } }, async run() { return 'v1 ' + this.who } })";
    private final Api api = Api.server();

    @Test
    void createAnswersTheWholeWorkflowWithItsFirstDeploymentAndEndpoint() {
        Api.Reply reply = api.post("/v1/workflows", """
                {"name": "created", "triggers": [{"type": "http"}], "settings": {"timeout_seconds": 30},
                 "steps": [{"name": "hello", "code": "%s", "props": {"who": "Ada"}}]}""".formatted(CODE_V1));
        assertEquals(200, reply.status(), reply.body());
        JsonObject wf = reply.json().getJsonObject("data");
        assertTrue(wf.getString("id").matches("p_[0-9A-Za-z]{8}"), wf.getString("id"));
        assertEquals("created", wf.getString("name"));
        assertTrue(wf.getBoolean("active"), "active by default");
        assertTrue(wf.getString("project_id").startsWith("proj_"), wf.getString("project_id"));
        assertTrue(wf.getString("org_id").startsWith("o_"), wf.getString("org_id"));
        assertEquals(1, wf.getInt("version"));
        assertTrue(wf.getString("deployment_id").startsWith("d_"), wf.getString("deployment_id"));

        assertEquals(1, wf.getJsonArray("triggers").size());
        JsonObject trigger = wf.getJsonArray("triggers").getJsonObject(0);
        assertTrue(trigger.getString("id").startsWith("hi_"), trigger.getString("id"));
        assertEquals("http", trigger.getString("type"));
        assertTrue(trigger.getString("key").matches("e[a-z0-9]{15}"), trigger.getString("key"));
        assertTrue(trigger.getString("endpoint_url").endsWith("/e/" + trigger.getString("key")),
                trigger.getString("endpoint_url"));
        assertFalse(trigger.getBoolean("custom_response"));

        JsonObject step = wf.getJsonArray("steps").getJsonObject(0);
        assertEquals("hello", step.getString("name"));
        assertEquals("code", step.getString("type"));
        assertEquals("javascript", step.getString("lang"));
        assertEquals(CODE_V1, step.getString("code"));
        assertEquals("Ada", step.getJsonObject("props").getString("who"));
        assertEquals(30, wf.getJsonObject("settings").getInt("timeout_seconds"));
        assertTrue(wf.getJsonNumber("created_at").longValue() > 0);

        Api.Reply got = api.get("/v1/workflows/" + wf.getString("id"));
        assertEquals(200, got.status(), got.body());
        JsonObject again = got.json().getJsonObject("data");
        assertEquals(wf.getString("deployment_id"), again.getString("deployment_id"));
        assertEquals(trigger, again.getJsonArray("triggers").getJsonObject(0));
        assertEquals(wf.getJsonArray("steps"), again.getJsonArray("steps"));
        assertEquals(wf.getJsonObject("settings"), again.getJsonObject("settings"));
    }

    @Test
    void activeFalseOnCreateIsHonoured() {
        JsonObject wf = api.post("/v1/workflows", """
                {"name": "born-paused", "active": false, "triggers": [{"type": "http"}], "steps": []}""")
                .json().getJsonObject("data");
        assertFalse(wf.getBoolean("active"));
        assertFalse(api.get("/v1/workflows/" + wf.getString("id")).json().getJsonObject("data").getBoolean("active"));
        assertEquals(404, api.trigger(wf).status());
    }

    @Test
    void changingOnlyActiveKeepsVersionAndDeployment() {
        JsonObject wf = createV1("toggled");
        Api.Reply reply = api.put("/v1/workflows/" + wf.getString("id"), """
                {"active": false}""");
        assertEquals(200, reply.status(), reply.body());
        JsonObject paused = reply.json().getJsonObject("data");
        assertFalse(paused.getBoolean("active"));
        assertEquals(1, paused.getInt("version"));
        assertEquals(wf.getString("deployment_id"), paused.getString("deployment_id"));
        JsonObject resumed = api.put("/v1/workflows/" + wf.getString("id"), "{\"active\": true}").json()
                .getJsonObject("data");
        assertTrue(resumed.getBoolean("active"));
        assertEquals(wf.getString("deployment_id"), resumed.getString("deployment_id"));
        assertEquals(200, api.trigger(wf).status());
    }

    @Test
    void newStepsDeployVersion2KeepingTheEndpointAndOldExecutionsKeepTheirDeployment() {
        JsonObject wf = createV1("redeployed");
        String id = wf.getString("id");
        JsonObject trigger = wf.getJsonArray("triggers").getJsonObject(0);
        trigger(wf);
        JsonObject before = api.awaitFinished(id);
        assertEquals("v1 Ada", before.getJsonArray("steps").getJsonObject(0).getString("$return_value"));

        Api.Reply reply = api.put("/v1/workflows/" + id, """
                {"steps": [{"name": "hello", "code": "export default defineComponent({ async run() { return 'v2' } })"}]}""");
        assertEquals(200, reply.status(), reply.body());
        JsonObject v2 = reply.json().getJsonObject("data");
        assertEquals(2, v2.getInt("version"));
        assertTrue(v2.getString("deployment_id").startsWith("d_"));
        assertNotEquals(wf.getString("deployment_id"), v2.getString("deployment_id"));
        JsonObject trigger2 = v2.getJsonArray("triggers").getJsonObject(0);
        assertEquals(trigger.getString("id"), trigger2.getString("id"));
        assertEquals(trigger.getString("key"), trigger2.getString("key"));
        assertEquals(trigger.getString("endpoint_url"), trigger2.getString("endpoint_url"));
        assertEquals("redeployed", v2.getString("name"));

        trigger(wf);
        JsonObject after = api.awaitExecution(id, e -> !e.getString("id").equals(before.getString("id"))
                && WorkflowLists.finished(e));
        assertEquals(v2.getString("deployment_id"), after.getString("deployment_id"));
        assertEquals(v2.getString("deployment_id"), after.getJsonObject("trigger").getJsonObject("context")
                .getString("deployment_id"));
        assertEquals("v2", after.getJsonArray("steps").getJsonObject(0).getString("$return_value"));

        JsonObject old = api.get("/v1/executions/" + before.getString("id")).json().getJsonObject("data");
        assertEquals(wf.getString("deployment_id"), old.getString("deployment_id"));
        assertEquals("v1 Ada", old.getJsonArray("steps").getJsonObject(0).getString("$return_value"));
    }

    @Test
    void anExecutionTriggeredBeforeAnUpdateRunsTheDeploymentItWasTriggeredFor() {
        JsonObject wf = api.createHttpWorkflow("in-flight", JsCode.steps(
                JsCode.step("slow", "export default defineComponent({ async run() { await new Promise(r => setTimeout(r, 1500)); return 'slow' } })"),
                JsCode.step("second", "export default defineComponent({ async run() { return 'v1' } })")));
        trigger(wf);
        JsonObject v2 = api.put("/v1/workflows/" + wf.getString("id"), """
                {"steps": [{"name": "only", "code": "export default defineComponent({ async run() { return 'v2' } })"}]}""")
                .json().getJsonObject("data");
        assertEquals(2, v2.getInt("version"));
        JsonObject old = api.awaitFinished(wf.getString("id"));
        assertEquals("success", old.getString("status"), old.toString());
        assertEquals(wf.getString("deployment_id"), old.getString("deployment_id"));
        assertEquals(2, old.getJsonArray("steps").size(), old.toString());
        assertEquals("v1", old.getJsonArray("steps").getJsonObject(1).getString("$return_value"));
    }

    @Test
    void settingsMergeAndNullRemovesASetting() {
        JsonObject wf = createV1("tuned");
        String path = "/v1/workflows/" + wf.getString("id");
        JsonObject set = api.put(path, """
                {"settings": {"timeout_seconds": 10}}""").json().getJsonObject("data");
        assertEquals(10, set.getJsonObject("settings").getInt("timeout_seconds"));
        assertEquals(2, set.getInt("version"));
        assertEquals(wf.getJsonArray("steps"), set.getJsonArray("steps"), "steps are kept");
        assertEquals(10, api.get(path).json().getJsonObject("data").getJsonObject("settings")
                .getInt("timeout_seconds"));

        Api.Reply removed = api.put(path, """
                {"settings": {"timeout_seconds": null}}""");
        assertEquals(200, removed.status(), removed.body());
        JsonObject settings = api.get(path).json().getJsonObject("data").getJsonObject("settings");
        assertFalse(settings.containsKey("timeout_seconds"), settings.toString());
        assertEquals(wf.getJsonArray("steps"), removed.json().getJsonObject("data").getJsonArray("steps"));
    }

    @Test
    void deleteRemovesTheWorkflowAndItsEndpointButKeepsItsHistory() {
        JsonObject wf = createV1("doomed");
        String id = wf.getString("id");
        trigger(wf);
        JsonObject ex = api.awaitFinished(id);

        Api.Reply deleted = api.delete("/v1/workflows/" + id);
        assertEquals(204, deleted.status(), deleted.body());
        Api.Reply got = api.get("/v1/workflows/" + id);
        assertEquals(404, got.status(), got.body());
        assertEquals(404, got.error().getInt("status"));
        assertEquals(404, api.trigger(wf).status());
        assertEquals(404, api.delete("/v1/workflows/" + id).status());
        assertEquals(404, api.put("/v1/workflows/" + id, "{\"active\": true}").status());
        assertFalse(WorkflowLists.all(api).stream().anyMatch(w -> w.getString("id").equals(id)));

        Api.Reply history = api.get("/v1/executions/" + ex.getString("id"));
        assertEquals(200, history.status(), history.body());
        assertEquals(id, history.json().getJsonObject("data").getString("workflow_id"));
        assertEquals("success", history.json().getJsonObject("data").getString("status"));
    }

    private JsonObject createV1(String name) {
        Api.Reply reply = api.post("/v1/workflows", """
                {"name": "%s", "triggers": [{"type": "http"}],
                 "steps": [{"name": "hello", "code": "%s", "props": {"who": "Ada"}}]}""".formatted(name, CODE_V1));
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonObject("data");
    }

    private void trigger(JsonObject wf) {
        Api.Reply reply = api.raw(api.request(Api.endpoint(wf)).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, reply.status(), reply.body());
    }
}
