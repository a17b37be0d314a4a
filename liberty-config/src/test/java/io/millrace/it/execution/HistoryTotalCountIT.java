package io.millrace.it.execution;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Wait;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a list of executions counts its matches exactly only up to 1,000 ({@code page_info.total_count}); beyond,
 * {@code total_count} is 1,000 and {@code total_count_capped} is true, while {@code /v1/executions/counts} stays
 * exact. Narrower filters below the cap are exact and not marked.
 */
class HistoryTotalCountIT {
    private static final int EVENTS = 1_003;
    private final Api admin = Api.server();

    @Test
    void totalCountIsExactUpToTheCapAndMarkedBeyondIt() {
        Api api = Workspaces.create(admin, "history-cap").api();
        JsonObject wf = api.createHttpWorkflow("history-cap", steps(step("ok",
                "export default defineComponent({ async run() { return 1 } })")));
        for (int i = 0; i < EVENTS; i++) {
            assertEquals(200, api.trigger(wf).status());
        }
        Wait.until("every event run", 300, () -> api.get("/v1/executions/counts?status=success").json()
                .getJsonObject("data"), c -> c.getInt("success") == EVENTS);

        JsonObject all = api.get("/v1/executions?limit=5").json().getJsonObject("page_info");
        assertEquals(1_000, all.getInt("total_count"), all.toString());
        assertTrue(all.getBoolean("total_count_capped"), all.toString());
        JsonObject own = api.get("/v1/workflows/" + wf.getString("id") + "/executions?limit=5").json()
                .getJsonObject("page_info");
        assertEquals(1_000, own.getInt("total_count"), own.toString());
        assertTrue(own.getBoolean("total_count_capped"), own.toString());
        assertEquals(EVENTS, api.get("/v1/executions/counts").json().getJsonObject("data").getInt("total"),
                "the counts stay exact");

        JsonObject none = api.get("/v1/executions?status=error").json().getJsonObject("page_info");
        assertEquals(0, none.getInt("total_count"));
        assertFalse(none.containsKey("total_count_capped"), none.toString());
        // the last page of an exact count: the oldest 3 lie after the 1,000th newest
        String after = api.get("/v1/executions?limit=100").json().getJsonObject("page_info").getString("end_cursor");
        for (int page = 1; page < 10; page++) {
            after = api.get("/v1/executions?limit=100&after=" + after).json().getJsonObject("page_info")
                    .getString("end_cursor");
        }
        assertEquals(3, api.get("/v1/executions?limit=100&after=" + after).json().getJsonArray("data").size(),
                "cursors reach every execution beyond the cap");
    }
}
