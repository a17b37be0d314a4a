package io.millrace.it.execution;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.it.support.Api;
import io.millrace.it.support.LibertyServer;
import io.millrace.it.support.SseClient;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Workflows, endpoints, execution history and the SSE destination's recent events survive a server restart (Derby and
 * the broker journal on disk).
 */
class RestartIT {
    private final Api api = Api.server();

    @Test
    void workflowsAndHistorySurviveARestart() throws Exception {
        JsonObject wf = api.createHttpWorkflow("survivor", steps(step("count",
                "export default defineComponent({ async run({ steps, $ }) {"
                        + " $.send.sse({ channel: 'counts', payload: { n: steps.trigger.event.query.n } });"
                        + " return steps.trigger.event.query.n } })")));
        api.raw(api.request(Api.endpoint(wf) + "?n=1").GET());
        JsonObject before = api.awaitFinished(wf.getString("id"));
        assertEquals("success", before.getString("status"));

        LibertyServer server = LibertyServer.itServer();
        server.stop();
        server.start();

        JsonObject after = api.get("/v1/workflows/" + wf.getString("id")).json().getJsonObject("data");
        assertEquals(wf.getString("name"), after.getString("name"));
        assertEquals(Api.endpoint(wf), Api.endpoint(after));
        JsonObject history = api.get("/v1/executions/" + before.getString("id")).json().getJsonObject("data");
        assertEquals("success", history.getString("status"));
        assertEquals("1", history.getJsonArray("steps").getJsonObject(0).getString("$return_value"));
        try (SseClient client = new SseClient(api.base() + "/v1/workflows/" + wf.getString("id") + "/sse", api.apiKey(),
                null)) {
            SseClient.Event recent = client.next(30);
            assertEquals("counts", recent.name(), "the recent SSE events were kept across the restart");
            assertEquals("{\"n\":\"1\"}", recent.data());
        }

        api.raw(api.request(Api.endpoint(wf) + "?n=2").GET());
        JsonObject again = api.awaitExecution(wf.getString("id"),
                e -> !e.getString("id").equals(before.getString("id")) && e.getString("status").equals("success"));
        assertEquals("2", again.getJsonArray("steps").getJsonObject(0).getString("$return_value"));
        assertEquals(2, api.get("/v1/workflows/" + wf.getString("id") + "/executions").json()
                .getJsonObject("page_info").getInt("total_count"));
    }
}
