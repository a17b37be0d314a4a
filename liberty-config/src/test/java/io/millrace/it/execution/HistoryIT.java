package io.millrace.it.execution;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Wait;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/executions}: one history across the workspace's workflows, filtered, newest first, paged. */
class HistoryIT {
    private final Api admin = Api.server();

    private static List<String> ids(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("data").getValuesAs(JsonObject.class).stream().map(e -> e.getString("id")).toList();
    }

    @Test
    void theWorkspacesExecutionsAcrossWorkflowsWithFiltersAndPages() {
        Workspaces.Tenant tenant = Workspaces.create(admin, "history");
        Api api = tenant.api();
        JsonObject ok = api.createHttpWorkflow("history-ok", steps(step("ok",
                "export default defineComponent({ async run() { return 1 } })")));
        JsonObject bad = api.createHttpWorkflow("history-bad", steps(step("bad",
                "export default defineComponent({ async run() { throw new Error('no') } })")));
        api.trigger(ok, "{}");
        api.trigger(bad, "{}");
        api.trigger(ok, "{}");
        List<String> all = Wait.until("three finished executions", 60, () -> api.get("/v1/executions?status=success,error"),
                r -> r.status() == 200 && r.json().getJsonArray("data").size() == 3).json().getJsonArray("data")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("id")).toList();
        assertEquals(all, ids(api.get("/v1/executions")), "newest first, every status");
        assertEquals(3, api.get("/v1/executions").json().getJsonObject("page_info").getInt("total_count"));
        JsonObject counts = api.get("/v1/executions/counts").json().getJsonObject("data");
        assertEquals(2, counts.getInt("success"), counts.toString());
        assertEquals(1, counts.getInt("error"));
        assertEquals(0, counts.getInt("cancelled"), "every status is named");
        assertEquals(3, counts.getInt("total"));
        assertEquals(2, api.get("/v1/executions/counts?workflow_id=" + ok.getString("id")).json().getJsonObject("data")
                .getInt("total"), "the same filters as the list");
        assertEquals(0, api.get("/v1/executions/counts?until=2000-01-01").json().getJsonObject("data").getInt("total"));

        List<String> errors = ids(api.get("/v1/executions?status=error"));
        assertEquals(1, errors.size());
        assertEquals(bad.getString("id"), api.get("/v1/executions/" + errors.get(0)).json().getJsonObject("data")
                .getString("workflow_id"));
        assertEquals(2, ids(api.get("/v1/executions?workflow_id=" + ok.getString("id"))).size());
        assertEquals(List.of(), ids(api.get("/v1/executions?workflow_id=" + ok.getString("id") + "&status=error")));

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertEquals(all, ids(api.get("/v1/executions?since=" + today)));
        assertEquals(List.of(), ids(api.get("/v1/executions?until=2000-01-01")));
        assertEquals(List.of(), ids(api.get("/v1/executions?since=2999-01-01T00:00:00Z")));

        Api.Reply first = api.get("/v1/executions?limit=2");
        assertEquals(all.subList(0, 2), ids(first));
        String cursor = first.json().getJsonObject("page_info").getString("end_cursor");
        assertEquals(all.subList(2, 3), ids(api.get("/v1/executions?limit=2&after=" + Api.encode(cursor))));

        assertTrue(ids(admin.get("/v1/executions?limit=100")).stream().noneMatch(all::contains),
                "another workspace sees none of them");
        assertEquals(404, admin.get("/v1/executions?workflow_id=" + ok.getString("id")).status());

        assertEquals(204, api.delete("/v1/workflows/" + bad.getString("id")).status());
        assertEquals(2, ids(api.get("/v1/executions")).size(), "a deleted workflow's executions leave the history");
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        assertBad(admin.get("/v1/executions?status=done"), "status");
        assertBad(admin.get("/v1/executions?status=success,"), "status");
        assertBad(admin.get("/v1/executions?since=yesterday"), "since");
        assertBad(admin.get("/v1/executions?until=2026-13-01"), "until");
        assertBad(admin.get("/v1/executions?since=2026-12-07&until=2026-12-01"), "until");
        assertBad(admin.get("/v1/executions?stauts=error"), "stauts");
        assertBad(admin.get("/v1/executions/counts?status=done"), "status");
        assertBad(admin.get("/v1/executions/counts?since=later"), "since");
    }

    private static void assertBad(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals(field, reply.error().getString("field", null), reply.body());
    }
}
