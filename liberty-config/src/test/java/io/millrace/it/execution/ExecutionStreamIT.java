package io.millrace.it.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.SseClient;
import io.millrace.it.support.Users;
import io.millrace.it.support.Workspaces;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /v1/workflows/{id}/executions/sse}: each execution of the workflow is announced as it is stored,
 * starts and ends; other workflows' executions are not; another workspace's workflow and one of a restricted
 * project the caller may not see are 404.
 */
class ExecutionStreamIT {
    private static final String STEP = "export default defineComponent({ async run({ steps }) {"
            + " if (steps.trigger.event.query.fail) throw new Error('no'); return 1 } })";
    private final Api admin = Api.server();

    private static JsonObject data(SseClient.Event event) {
        return Json.createReader(new StringReader(event.data())).readObject();
    }

    @Test
    void aWorkflowsExecutionsAreAnnouncedAsTheyChange() throws Exception {
        Workspaces.Tenant team = Workspaces.create(admin, "exsse");
        JsonObject workflow = team.api().createHttpWorkflow("streamed", "[{\"name\":\"s\",\"code\":\"" + STEP.replace("'", "\\\"") + "\"}]");
        JsonObject other = team.api().createHttpWorkflow("quiet", "[{\"name\":\"s\",\"code\":\"" + STEP.replace("'", "\\\"") + "\"}]");
        String id = workflow.getString("id");
        try (SseClient sse = new SseClient(admin.base() + "/v1/workflows/" + id + "/executions/sse", team.apiKey(), null)) {
            assertEquals(200, sse.status());
            assertTrue(sse.contentType().startsWith("text/event-stream"), sse.contentType());
            assertEquals("ready", sse.next(10).name());

            team.api().trigger(other);
            team.api().raw(team.api().request(Api.endpoint(workflow) + "?fail=1").GET());
            List<String> statuses = new ArrayList<>();
            String executionId = null;
            while (!statuses.contains("error")) {
                SseClient.Event event = sse.next(60);
                assertEquals("execution", event.name());
                JsonObject change = data(event);
                assertEquals(id, change.getString("workflow_id"), "only this workflow's executions");
                assertEquals(change.getString("id"), event.id());
                executionId = change.getString("id");
                statuses.add(change.getString("status"));
            }
            assertEquals(List.of("queued", "executing", "error"), statuses);
            assertEquals("error", team.api().get("/v1/executions/" + executionId).json().getJsonObject("data")
                    .getString("status"), "the change was announced after it was stored");
        }
    }

    @Test
    void workflowsTheCallerMayNotSeeAreNotFound() throws Exception {
        Workspaces.Tenant team = Workspaces.create(admin, "exsse-404");
        Workspaces.Tenant stranger = Workspaces.create(admin, "exsse-stranger");
        Users.TestUser outside = Users.create(admin, "exsse-out", null, team.orgId(), false, "member");
        String project = team.api().post("/v1/workspaces/" + team.orgId() + "/projects", "{\"name\":\"Hidden\"}").json()
                .getJsonObject("data").getString("id");
        JsonObject hidden = team.api().post("/v1/workflows", "{\"name\":\"hidden\",\"project_id\":\"" + project + "\","
                + "\"triggers\":[{\"type\":\"http\"}],\"steps\":[{\"name\":\"s\",\"code\":\"export default defineComponent({ async run() { return 1 } })\"}]}")
                .json().getJsonObject("data");
        assertEquals(200, team.api().put("/v1/projects/" + project + "/access", "{\"restricted\":true,\"members\":[]}").status());
        String path = admin.base() + "/v1/workflows/" + hidden.getString("id") + "/executions/sse";
        try (SseClient sse = new SseClient(path, outside.data().getString("api_key"), null)) {
            assertEquals(404, sse.status());
        }
        try (SseClient sse = new SseClient(path, stranger.apiKey(), null)) {
            assertEquals(404, sse.status());
        }
        try (SseClient sse = new SseClient(admin.base() + "/v1/workflows/p_nothere/executions/sse", team.apiKey(), null)) {
            assertEquals(404, sse.status());
        }
        try (SseClient sse = new SseClient(path, team.apiKey(), null)) {
            assertEquals(200, sse.status(), "the owner sees it");
        }
    }
}
