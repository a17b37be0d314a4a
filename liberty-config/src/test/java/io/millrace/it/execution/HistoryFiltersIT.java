package io.millrace.it.execution;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Sources;
import io.millrace.it.support.Users;
import io.millrace.it.support.Wait;
import io.millrace.it.support.Workspaces;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The history's filters on {@code GET /v1/executions} and its counts, through the real server: several workflows,
 * a project, the trigger type, replays, a text search over errors, when executions began; cursors while
 * executions are added; members who may not see a project.
 */
class HistoryFiltersIT {
    private static final String OK = "export default defineComponent({ async run() { return 1 } })";
    private static final String DECLINES = "export default defineComponent({ async run({ steps }) {"
            + " throw new Error('Payment DECLINED for order ' + steps.trigger.event.body.order) } })";
    private static final String HTTP_SOURCE = """
            export default {
              name: "History emitter",
              props: { http: { type: "$.interface.http" } },
              async run(event) { this.$emit(event.body, { summary: "from http" }); },
            };""";

    private final Api admin = Api.server();

    private static List<String> ids(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("data").getValuesAs(JsonObject.class).stream().map(e -> e.getString("id")).toList();
    }

    private static JsonObject counts(Api api, String query) {
        Api.Reply r = api.get("/v1/executions/counts?" + query);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private static JsonObject workflow(Api api, String name, String projectId, String triggersJson, String code) {
        Api.Reply r = api.post("/v1/workflows", Json.createObjectBuilder().add("name", name).add("project_id", projectId)
                .add("triggers", Json.createReader(new java.io.StringReader(triggersJson)).readArray())
                .add("steps", Json.createReader(new java.io.StringReader(steps(step("only", code)))).readArray())
                .build().toString());
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private static List<String> finished(Api api, int n) {
        return Wait.until(n + " finished executions", 90, () -> api.get("/v1/executions?limit=100&status=success,error"),
                r -> r.status() == 200 && r.json().getJsonArray("data").size() == n).json().getJsonArray("data")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("id")).toList();
    }

    @Test
    void everyFilterNarrowsTheListAndItsCountsAlike() {
        Workspaces.Tenant tenant = Workspaces.create(admin, "filters");
        Api api = tenant.api();
        String main = tenant.projectId();
        String other = api.post("/v1/workspaces/" + tenant.orgId() + "/projects", "{\"name\":\"Other\"}").json()
                .getJsonObject("data").getString("id");
        String http = "[{\"type\":\"http\"}]";
        JsonObject ok = workflow(api, "f-ok", main, http, OK);
        JsonObject bad = workflow(api, "f-bad", main, http, DECLINES);
        JsonObject elsewhere = workflow(api, "f-elsewhere", other, http, OK);
        JsonObject source = Sources.fromCode(api, "f-src", HTTP_SOURCE, null);
        JsonObject fromSource = workflow(api, "f-source", main,
                "[{\"type\":\"source\",\"source_id\":\"" + source.getString("id") + "\"}]", OK);

        api.trigger(ok, "{}");
        String okId = api.awaitFinished(ok.getString("id")).getString("id");
        api.trigger(bad, "{\"order\": 7}");
        String badId = api.awaitFinished(bad.getString("id")).getString("id");
        api.trigger(elsewhere, "{}");
        String elsewhereId = api.awaitFinished(elsewhere.getString("id")).getString("id");
        Sources.send(api, source, "{\"n\": 1}");
        String sourceId = api.awaitFinished(fromSource.getString("id")).getString("id");
        Api.Reply replayed = api.post("/v1/executions/" + badId + "/replay", "");
        assertEquals(200, replayed.status(), replayed.body());
        String replayId = replayed.json().getJsonObject("data").getString("id");
        List<String> all = finished(api, 5);
        assertEquals(List.of(replayId, sourceId, elsewhereId, badId, okId), all, "newest first");

        String okAndBad = "workflow_id=" + ok.getString("id") + "," + bad.getString("id");
        assertEquals(List.of(replayId, badId, okId), ids(api.get("/v1/executions?" + okAndBad)), "a comma list");
        assertEquals(List.of(elsewhereId, okId), ids(api.get("/v1/executions?workflow_id=" + ok.getString("id")
                + "&workflow_id=" + elsewhere.getString("id"))), "a repeated parameter");
        assertEquals(3, counts(api, okAndBad).getInt("total"));

        assertEquals(List.of(elsewhereId), ids(api.get("/v1/executions?project_id=" + other)));
        assertEquals(List.of(replayId, sourceId, badId, okId), ids(api.get("/v1/executions?project_id=" + main)));
        assertEquals(1, counts(api, "project_id=" + other).getInt("success"));

        assertEquals(List.of(sourceId), ids(api.get("/v1/executions?trigger_type=source")));
        assertEquals(List.of(replayId, elsewhereId, badId, okId), ids(api.get("/v1/executions?trigger_type=http")),
                "a replay keeps its trigger");
        assertEquals(all, ids(api.get("/v1/executions?trigger_type=http,source")));
        assertEquals(List.of(), ids(api.get("/v1/executions?trigger_type=workflow")));

        assertEquals(List.of(replayId), ids(api.get("/v1/executions?replayed=true")));
        assertEquals(List.of(sourceId, elsewhereId, badId, okId), ids(api.get("/v1/executions?replayed=false")));
        assertEquals(List.of(badId), ids(api.get("/v1/executions?status=error&replayed=false")));

        assertEquals(List.of(replayId, badId), ids(api.get("/v1/executions?q=declined")), "any case");
        assertEquals(List.of(replayId, badId), ids(api.get("/v1/executions?q=" + Api.encode("PAYMENT Declined for order 7"))));
        assertEquals(List.of(), ids(api.get("/v1/executions?q=refunded")));
        assertEquals(List.of(), ids(api.get("/v1/executions?q=%25")), "% is a character, not a wildcard");
        assertEquals(List.of(), ids(api.get("/v1/executions?q=payment_declined")), "_ is a character too");
        JsonObject declined = counts(api, "q=declined");
        assertEquals(2, declined.getInt("error"));
        assertEquals(2, declined.getInt("total"));

        String replayBegan = api.get("/v1/executions/" + replayId).json().getJsonObject("data").getString("created_at");
        assertEquals(List.of(replayId), ids(api.get("/v1/executions?since=" + Api.encode(replayBegan))),
                "since: began at or after");
        assertEquals(List.of(sourceId, elsewhereId, badId, okId),
                ids(api.get("/v1/executions?until=" + Api.encode(replayBegan))), "until: began before");
        assertEquals(4, counts(api, "until=" + Api.encode(replayBegan)).getInt("total"));
    }

    @Test
    void cursorsStayStableWhileExecutionsAreAdded() {
        Workspaces.Tenant tenant = Workspaces.create(admin, "cursors");
        Api api = tenant.api();
        JsonObject ok = workflow(api, "c-ok", tenant.projectId(), "[{\"type\":\"http\"}]", OK);
        for (int i = 0; i < 5; i++) {
            api.trigger(ok, "{}");
        }
        List<String> all = finished(api, 5);
        Api.Reply first = api.get("/v1/executions?limit=2");
        assertEquals(all.subList(0, 2), ids(first));
        for (int i = 0; i < 3; i++) {
            api.trigger(ok, "{}");
        }
        List<String> seen = new ArrayList<>(ids(first));
        String cursor = first.json().getJsonObject("page_info").getString("end_cursor");
        while (true) {
            Api.Reply next = api.get("/v1/executions?limit=2&after=" + Api.encode(cursor));
            List<String> page = ids(next);
            if (page.isEmpty()) {
                break;
            }
            seen.addAll(page);
            cursor = next.json().getJsonObject("page_info").getString("end_cursor");
        }
        assertEquals(all, seen, "later pages hold the older executions once each, whatever began meanwhile");
        finished(api, 8);
        Api.Reply newer = api.get("/v1/executions?limit=100&before=" + Api.encode(
                first.json().getJsonObject("page_info").getString("start_cursor")));
        assertEquals(3, ids(newer).size(), "the newer ones are before the first page");
    }

    @Test
    void aMemberSeesOnlyTheProjectsItMayAndNamingAnotherIsA404() {
        Workspaces.Tenant tenant = Workspaces.create(admin, "hidden-history");
        Api owner = tenant.api();
        Users.TestUser member = Users.create(admin, "hh-member", null, tenant.orgId(), false, "member");
        String secret = owner.post("/v1/workspaces/" + tenant.orgId() + "/projects", "{\"name\":\"Secret\"}").json()
                .getJsonObject("data").getString("id");
        JsonObject open = workflow(owner, "h-open", tenant.projectId(), "[{\"type\":\"http\"}]", OK);
        JsonObject hidden = workflow(owner, "h-hidden", secret, "[{\"type\":\"http\"}]", DECLINES);
        owner.trigger(open, "{}");
        owner.trigger(hidden, "{\"order\": 1}");
        List<String> all = finished(owner, 2);
        assertEquals(200, owner.put("/v1/projects/" + secret + "/access", "{\"restricted\":true,\"members\":[]}").status());

        Api m = member.api();
        String hiddenId = owner.awaitFinished(hidden.getString("id")).getString("id");
        Set<String> visible = new HashSet<>(ids(m.get("/v1/executions?limit=100")));
        assertFalse(visible.contains(hiddenId));
        assertTrue(visible.containsAll(all.stream().filter(id -> !id.equals(hiddenId)).toList()));
        assertEquals(List.of(), ids(m.get("/v1/executions?q=declined")), "a search finds nothing hidden");
        assertEquals(0, counts(m, "status=error").getInt("total"));
        assertEquals(404, m.get("/v1/executions?project_id=" + secret).status());
        assertEquals(404, m.get("/v1/executions?workflow_id=" + open.getString("id") + "," + hidden.getString("id")).status());
        assertEquals(404, m.get("/v1/executions/counts?project_id=" + secret).status());
        assertEquals(List.of(hiddenId), ids(owner.get("/v1/executions?project_id=" + secret)));

        Workspaces.Tenant stranger = Workspaces.create(admin, "hidden-stranger");
        assertEquals(404, stranger.api().get("/v1/executions?project_id=" + tenant.projectId()).status(),
                "another workspace's project");
    }

    @Test
    void badFilterValuesAre400NamingTheParameter() {
        assertBad(admin.get("/v1/executions?trigger_type=fax"), "trigger_type");
        assertBad(admin.get("/v1/executions?trigger_type=http,"), "trigger_type");
        assertBad(admin.get("/v1/executions?replayed=maybe"), "replayed");
        assertBad(admin.get("/v1/executions?q=" + "x".repeat(201)), "q");
        assertBad(admin.get("/v1/executions?workflow_id=p_a,,p_b"), "workflow_id");
        assertBad(admin.get("/v1/executions/counts?replayed=1"), "replayed");
        assertBad(admin.get("/v1/executions/counts?status=error&status=nope"), "status");
        StringBuilder many = new StringBuilder("/v1/executions?project_id=");
        for (int i = 0; i <= 100; i++) {
            many.append(i == 0 ? "" : ",").append("proj_").append(i);
        }
        assertBad(admin.get(many.toString()), "project_id");
        assertEquals(404, admin.get("/v1/executions?project_id=proj_nosuch").status());
    }

    private static void assertBad(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals(field, reply.error().getString("field", null), reply.body());
    }
}
