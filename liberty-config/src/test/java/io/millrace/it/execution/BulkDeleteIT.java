package io.millrace.it.execution;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Users;
import io.millrace.it.support.Wait;
import io.millrace.it.support.Workspaces;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/executions/delete}: finished executions deleted by ids or by the history's filter, unfinished
 * ones skipped and reported, replays keeping their {@code replay_of}, one audit event per request; only the
 * caller's workspace and the projects the caller may see.
 */
class BulkDeleteIT {
    private static final String OK = "export default defineComponent({ async run() { return 1 } })";
    private static final String FAILS = "export default defineComponent({ async run() { throw new Error('broken') } })";
    /** Waits an hour: the execution stays paused (not finished). */
    private static final String WAITS = "export default defineComponent({ async run({ $ }) { $.flow.delay(3600000) } })";

    private final Api admin = Api.server();

    private static JsonObject data(Api.Reply r) {
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    /** Triggers the workflow and waits until its new execution has {@code status}; returns its id. */
    private static String run(Api api, JsonObject workflow, String status) {
        String list = "/v1/workflows/" + workflow.getString("id") + "/executions?limit=1";
        int before = api.get(list).json().getJsonObject("page_info").getInt("total_count");
        api.trigger(workflow, "{}");
        return Wait.until("execution " + (before + 1) + " of " + workflow.getString("name") + " to be " + status, 60,
                () -> api.get(list).json(), page -> page.getJsonObject("page_info").getInt("total_count") == before + 1
                        && page.getJsonArray("data").getJsonObject(0).getString("status").equals(status))
                .getJsonArray("data").getJsonObject(0).getString("id");
    }

    private static String ids(String... ids) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (String id : ids) {
            a.add(id);
        }
        return Json.createObjectBuilder().add("ids", a).build().toString();
    }

    private static int status(Api api, String executionId) {
        return api.get("/v1/executions/" + executionId).status();
    }

    private static List<JsonObject> bulkAudit(Api api, String orgId) {
        Api.Reply r = api.get("/v1/workspaces/" + orgId + "/audit_log?action=execution.bulk_deleted&limit=100");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("data").getValuesAs(JsonObject.class);
    }

    @Test
    void byIdsFinishedOnesGoAndUnfinishedOnesAreReported() {
        Workspaces.Tenant tenant = Workspaces.create(admin, "bulk-ids");
        Api api = tenant.api();
        JsonObject ok = api.createHttpWorkflow("bulk-ok", steps(step("ok", OK)));
        JsonObject waits = api.createHttpWorkflow("bulk-waits", steps(step("wait", WAITS), step("after", OK)));
        String a = run(api, ok, "success");
        String b = run(api, ok, "success");
        String paused = run(api, waits, "paused");

        Workspaces.Tenant other = Workspaces.create(admin, "bulk-ids-other");
        Api.Reply foreign = other.api().post("/v1/executions/delete", ids(a));
        assertEquals(404, foreign.status(), foreign.body());
        Api.Reply mixed = api.post("/v1/executions/delete", ids(a, "0Vd4nope000000000000000000"));
        assertEquals(404, mixed.status(), mixed.body());
        assertTrue(mixed.error().getString("message").contains("ids[1]"), mixed.body());
        assertEquals(200, status(api, a), "nothing was deleted");

        JsonObject result = data(api.post("/v1/executions/delete", ids(a, paused, a)));
        assertEquals(1, result.getInt("count"));
        assertEquals(1, result.getInt("skipped_count"));
        JsonObject skipped = result.getJsonArray("skipped").getJsonObject(0);
        assertEquals(paused, skipped.getString("id"));
        assertEquals("paused", skipped.getString("status"));
        assertEquals(404, status(api, a));
        assertEquals(200, status(api, paused));
        assertEquals(200, status(api, b));
        assertEquals(List.of(b), api.get("/v1/executions?status=success").json().getJsonArray("data")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("id")).toList());

        List<JsonObject> audit = bulkAudit(api, tenant.orgId());
        assertEquals(1, audit.size(), audit.toString());
        JsonObject details = audit.get(0).getJsonObject("details");
        assertEquals(1, details.getInt("count"));
        assertEquals("ids", details.getString("by"));
        assertEquals(1, details.getInt("skipped"));
        assertEquals(tenant.userId(), audit.get(0).getJsonObject("actor").getString("id"));
    }

    @Test
    void byFilterTheMatchingFinishedOnesGoAndReplaysKeepTheirOriginal() {
        Workspaces.Tenant tenant = Workspaces.create(admin, "bulk-filter");
        Api api = tenant.api();
        JsonObject ok = api.createHttpWorkflow("bulk-f-ok", steps(step("ok", OK)));
        JsonObject bad = api.createHttpWorkflow("bulk-f-bad", steps(step("bad", FAILS)));
        JsonObject waits = api.createHttpWorkflow("bulk-f-waits", steps(step("wait", WAITS)));
        String kept = run(api, ok, "success");
        String bad1 = run(api, bad, "error");
        String bad2 = run(api, bad, "error");
        String replay = data(api.post("/v1/executions/" + bad1 + "/replay", "")).getString("id");
        Wait.until("the replay to fail", 60, () -> api.get("/v1/executions/" + replay).json().getJsonObject("data"),
                e -> e.getString("status").equals("error"));
        String paused = run(api, waits, "paused");

        JsonObject originals = data(api.post("/v1/executions/delete", "{\"filter\": {\"workflow_id\": \""
                + bad.getString("id") + "\", \"replayed\": false}}"));
        assertEquals(2, originals.getInt("count"), originals.toString());
        assertEquals(0, originals.getInt("skipped_count"));
        assertEquals(404, status(api, bad1));
        assertEquals(404, status(api, bad2));
        JsonObject replayed = data(api.get("/v1/executions/" + replay));
        assertEquals(bad1, replayed.getString("replay_of"), "a replay keeps naming its deleted original");

        JsonObject rest = data(api.post("/v1/executions/delete", "{\"filter\": {\"status\": [\"error\", \"paused\"]}}"));
        assertEquals(1, rest.getInt("count"), "the replay");
        assertEquals(1, rest.getInt("skipped_count"));
        assertEquals(paused, rest.getJsonArray("skipped").getJsonObject(0).getString("id"));
        assertEquals(404, status(api, replay));
        assertEquals(200, status(api, kept));
        assertEquals(200, status(api, paused));

        JsonObject none = data(api.post("/v1/executions/delete", "{\"filter\": {\"until\": \"2000-01-01\"}}"));
        assertEquals(0, none.getInt("count"));
        List<JsonObject> audit = bulkAudit(api, tenant.orgId());
        assertEquals(2, audit.size(), "one event per request that deleted something: " + audit);
        JsonObject first = audit.get(1).getJsonObject("details");
        assertEquals("filter", first.getString("by"));
        assertEquals(2, first.getInt("count"));
        assertEquals(false, first.getJsonObject("filter").getBoolean("replayed"));
        assertEquals(bad.getString("id"), first.getJsonObject("filter").getJsonArray("workflow_id").getString(0));
        assertEquals(1, audit.get(0).getJsonObject("details").getInt("count"));
    }

    @Test
    void aMemberDeletesNothingOfAProjectItMayNotSee() {
        Workspaces.Tenant tenant = Workspaces.create(admin, "bulk-hidden");
        Api owner = tenant.api();
        Users.TestUser member = Users.create(admin, "bulk-member", null, tenant.orgId(), false, "member");
        String secret = data(owner.post("/v1/workspaces/" + tenant.orgId() + "/projects", "{\"name\":\"Secret\"}"))
                .getString("id");
        JsonObject hidden = data(owner.post("/v1/workflows", "{\"name\":\"bulk-hidden\",\"project_id\":\"" + secret
                + "\",\"triggers\":[{\"type\":\"http\"}],\"steps\":" + steps(step("ok", OK)) + "}"));
        JsonObject open = owner.createHttpWorkflow("bulk-open", steps(step("ok", OK)));
        String hiddenId = run(owner, hidden, "success");
        String openId = run(owner, open, "success");
        assertEquals(200, owner.put("/v1/projects/" + secret + "/access", "{\"restricted\":true,\"members\":[]}").status());

        Api m = member.api();
        assertEquals(404, m.post("/v1/executions/delete", ids(hiddenId)).status());
        assertEquals(404, m.post("/v1/executions/delete", "{\"filter\": {\"project_id\": \"" + secret + "\"}}").status());
        JsonObject all = data(m.post("/v1/executions/delete", "{\"filter\": {\"until\": \"2999-01-01\"}}"));
        assertEquals(1, all.getInt("count"), "only what the member sees");
        assertEquals(404, status(owner, openId));
        assertEquals(200, status(owner, hiddenId));
    }

    @Test
    void badRequestsAre400NamingTheField() {
        assertBad(admin.post("/v1/executions/delete", "{}"), "ids");
        assertBad(admin.post("/v1/executions/delete", "{\"ids\": []}"), "ids");
        assertBad(admin.post("/v1/executions/delete", "{\"ids\": \"x\"}"), "ids");
        assertBad(admin.post("/v1/executions/delete", "{\"ids\": [1]}"), "ids[0]");
        assertBad(admin.post("/v1/executions/delete", "{\"ids\": [\"a\", \" \"]}"), "ids[1]");
        StringBuilder many = new StringBuilder("{\"ids\": [");
        for (int i = 0; i <= 1000; i++) {
            many.append(i == 0 ? "" : ",").append("\"x").append(i).append('"');
        }
        assertBad(admin.post("/v1/executions/delete", many + "]}"), "ids");
        assertBad(admin.post("/v1/executions/delete", "{\"ids\": [\"a\"], \"filter\": {\"status\": \"error\"}}"), "filter");
        assertBad(admin.post("/v1/executions/delete", "{\"filter\": {}}"), "filter");
        assertBad(admin.post("/v1/executions/delete", "{\"filter\": {\"status\": null}}"), "filter");
        assertBad(admin.post("/v1/executions/delete", "{\"filter\": \"error\"}"), "filter");
        assertBad(admin.post("/v1/executions/delete", "{\"filter\": {\"status\": \"done\"}}"), "filter.status");
        assertBad(admin.post("/v1/executions/delete", "{\"filter\": {\"since\": 5}}"), "filter.since");
        assertBad(admin.post("/v1/executions/delete", "{\"filter\": {\"colour\": \"red\"}}"), "filter.colour");
        assertBad(admin.post("/v1/executions/delete", "{\"idz\": [\"a\"]}"), "idz");
        assertBad(admin.post("/v1/executions/delete", "[]"), null);
    }

    private static void assertBad(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals(field, reply.error().getString("field", null), reply.body());
    }
}
