package io.millrace.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.WorkflowLists;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A workflow's versions through the API: every deploy is one with author and message, listed newest first and
 * paged; one version in full; the diff of two; a rollback; and a draft that is saved and checked while the live
 * version keeps serving events, then deployed or discarded.
 */
class WorkflowVersionsIT {
    private final Api api = Api.server();

    private static String code(String answer) {
        return "export default defineComponent({ async run() { return '" + answer + "' } })";
    }

    private static String step(String name, String answer) {
        return Json.createObjectBuilder().add("name", name).add("code", code(answer)).build().toString();
    }

    private JsonObject create(String name) {
        Api.Reply r = api.post("/v1/workflows", "{\"name\":\"" + name + "-" + System.nanoTime()
                + "\",\"message\":\"first cut\",\"triggers\":[{\"type\":\"http\"}],\"steps\":[" + step("answer", "v1") + "]}");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private JsonObject put(String id, String body) {
        Api.Reply r = api.put("/v1/workflows/" + id, body);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    /** Triggers the workflow and returns what its first step returned, from a new execution. */
    private String answer(JsonObject workflow) {
        List<String> seen = api.get("/v1/workflows/" + workflow.getString("id") + "/executions?limit=100").json()
                .getJsonArray("data").getValuesAs(JsonObject.class).stream().map(e -> e.getString("id")).toList();
        assertEquals(200, api.trigger(workflow).status());
        JsonObject ex = api.awaitExecution(workflow.getString("id"),
                e -> !seen.contains(e.getString("id")) && WorkflowLists.finished(e));
        assertEquals("success", ex.getString("status"), ex.toString());
        return ex.getJsonArray("steps").getJsonObject(0).getString("$return_value");
    }

    private String myId() {
        return api.get("/v1/users/me").json().getJsonObject("data").getString("id");
    }

    @Test
    void everyDeployIsAVersionWithAuthorAndMessageNewestFirstAndPaged() {
        JsonObject wf = create("versions");
        String id = wf.getString("id");
        put(id, "{\"message\":\"second cut\",\"steps\":[" + step("answer", "v2") + "]}");
        JsonObject toggled = put(id, "{\"active\":false}");
        assertEquals(2, toggled.getInt("version"), "switching active deploys nothing");
        put(id, "{\"settings\":{\"timeout_seconds\":45}}");

        Api.Reply listed = api.get("/v1/workflows/" + id + "/versions");
        assertEquals(200, listed.status(), listed.body());
        JsonArray versions = listed.json().getJsonArray("data");
        assertEquals(3, listed.json().getJsonObject("page_info").getInt("total_count"));
        assertEquals(List.of(3, 2, 1), versions.getValuesAs(JsonObject.class).stream().map(v -> v.getInt("version")).toList());
        JsonObject newest = versions.getJsonObject(0);
        assertTrue(newest.getBoolean("live"));
        assertFalse(versions.getJsonObject(1).getBoolean("live"));
        assertTrue(newest.isNull("message"));
        assertEquals("second cut", versions.getJsonObject(1).getString("message"));
        assertEquals("first cut", versions.getJsonObject(2).getString("message"));
        assertEquals(wf.getString("deployment_id"), versions.getJsonObject(2).getString("deployment_id"));
        String me = myId();
        for (JsonObject v : versions.getValuesAs(JsonObject.class)) {
            assertEquals(me, v.getString("author_id"));
            assertEquals(id, v.getString("workflow_id"));
            assertFalse(v.containsKey("steps"), "a list has no definitions");
        }

        JsonObject first = api.get("/v1/workflows/" + id + "/versions?limit=1").json();
        assertEquals(3, first.getJsonArray("data").getJsonObject(0).getInt("version"));
        String after = first.getJsonObject("page_info").getString("end_cursor");
        JsonObject second = api.get("/v1/workflows/" + id + "/versions?limit=1&after=" + Api.encode(after)).json();
        assertEquals(2, second.getJsonArray("data").getJsonObject(0).getInt("version"));
        String before = second.getJsonObject("page_info").getString("start_cursor");
        JsonObject back = api.get("/v1/workflows/" + id + "/versions?limit=1&before=" + Api.encode(before)).json();
        assertEquals(3, back.getJsonArray("data").getJsonObject(0).getInt("version"));

        JsonObject v1 = api.get("/v1/workflows/" + id + "/versions/1").json().getJsonObject("data");
        assertEquals(code("v1"), v1.getJsonArray("steps").getJsonObject(0).getString("code"));
        assertEquals("http", v1.getJsonArray("triggers").getJsonObject(0).getString("type"));
        assertFalse(v1.getBoolean("live"));
        JsonObject v3 = api.get("/v1/workflows/" + id + "/versions/3").json().getJsonObject("data");
        assertEquals(45, v3.getJsonObject("settings").getInt("timeout_seconds"));

        assertEquals(404, api.get("/v1/workflows/" + id + "/versions/4").status());
        Api.Reply bad = api.get("/v1/workflows/" + id + "/versions/first");
        assertEquals(400, bad.status(), bad.body());
        assertEquals("version", bad.error().getString("field"));
        assertEquals(404, api.get("/v1/workflows/p_notthere/versions").status());
    }

    @Test
    void theDiffNamesWhatChangedBetweenTwoVersionsWithTheCodeAsAUnifiedDiff() {
        JsonObject wf = create("diff");
        String id = wf.getString("id");
        put(id, "{\"steps\":[" + step("added_first", "new") + "," + step("answer", "v2") + "],"
                + "\"settings\":{\"timeout_seconds\":60}}");

        Api.Reply r = api.get("/v1/workflows/" + id + "/diff?from=1&to=2");
        assertEquals(200, r.status(), r.body());
        JsonObject diff = r.json().getJsonObject("data");
        assertTrue(diff.getBoolean("changed"));
        assertEquals(1, diff.getInt("from"));
        assertEquals(2, diff.getInt("to"));
        JsonObject steps = diff.getJsonObject("steps");
        assertEquals("added_first", steps.getJsonArray("added").getJsonObject(0).getString("name"));
        assertTrue(steps.getJsonArray("moved").isEmpty(), steps.toString());
        JsonObject changed = steps.getJsonArray("changed").getJsonObject(0);
        assertEquals("answer", changed.getString("name"));
        assertEquals(0, changed.getInt("from_position"));
        assertEquals(1, changed.getInt("to_position"));
        assertEquals(List.of("code"), changed.getJsonArray("fields").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        String codeDiff = changed.getString("code_diff");
        assertTrue(codeDiff.startsWith("--- a/steps/answer\n+++ b/steps/answer\n@@ -1,1 +1,1 @@\n"), codeDiff);
        assertTrue(codeDiff.contains("\n-" + code("v1") + "\n+" + code("v2") + "\n"), codeDiff);
        assertEquals(60, diff.getJsonObject("settings").getJsonObject("added").getInt("timeout_seconds"));

        assertEquals(diff, api.get("/v1/workflows/" + id + "/diff").json().getJsonObject("data"),
                "without from and to: the live version against the one before");
        JsonObject backwards = api.get("/v1/workflows/" + id + "/diff?from=2&to=1").json().getJsonObject("data");
        assertEquals("added_first", backwards.getJsonObject("steps").getJsonArray("removed").getJsonObject(0)
                .getString("name"));
        JsonObject same = api.get("/v1/workflows/" + id + "/diff?from=2&to=2").json().getJsonObject("data");
        assertFalse(same.getBoolean("changed"));

        assertEquals(404, api.get("/v1/workflows/" + id + "/diff?from=1&to=9").status());
        Api.Reply bad = api.get("/v1/workflows/" + id + "/diff?from=one&to=2");
        assertEquals(400, bad.status(), bad.body());
        assertEquals("from", bad.error().getString("field"));
    }

    @Test
    void aRollbackDeploysACopyOfAnOldVersionAsTheNextOne() {
        JsonObject wf = create("rollback");
        String id = wf.getString("id");
        put(id, "{\"steps\":[" + step("answer", "v2") + "],\"settings\":{\"timeout_seconds\":40}}");
        assertEquals("v2", answer(wf));

        Api.Reply r = api.post("/v1/workflows/" + id + "/rollback", "{\"version\":1}");
        assertEquals(200, r.status(), r.body());
        JsonObject rolled = r.json().getJsonObject("data");
        assertEquals(3, rolled.getInt("version"));
        assertEquals(wf.getJsonArray("steps"), rolled.getJsonArray("steps"));
        assertEquals(wf.getJsonObject("settings"), rolled.getJsonObject("settings"));
        assertEquals(wf.getJsonArray("triggers").getJsonObject(0).getString("key"),
                rolled.getJsonArray("triggers").getJsonObject(0).getString("key"), "the endpoint stays");
        assertEquals("v1", answer(wf));
        JsonObject v3 = api.get("/v1/workflows/" + id + "/versions/3").json().getJsonObject("data");
        assertEquals("rollback to version 1", v3.getString("message"));
        assertFalse(api.get("/v1/workflows/" + id + "/diff?from=1&to=3").json().getJsonObject("data")
                .getBoolean("changed"));

        JsonObject withMessage = api.post("/v1/workflows/" + id + "/rollback",
                "{\"version\":2,\"message\":\"v2 was fine\"}").json().getJsonObject("data");
        assertEquals(4, withMessage.getInt("version"));
        assertEquals("v2 was fine", api.get("/v1/workflows/" + id + "/versions/4").json().getJsonObject("data")
                .getString("message"));

        assertEquals(404, api.post("/v1/workflows/" + id + "/rollback", "{\"version\":99}").status());
        for (String body : List.of("{}", "{\"version\":\"1\"}", "{\"version\":0}", "{\"version\":1.5}")) {
            Api.Reply bad = api.post("/v1/workflows/" + id + "/rollback", body);
            assertEquals(400, bad.status(), body + " " + bad.body());
            assertEquals("version", bad.error().getString("field"), body);
        }
        Api.Reply unknown = api.post("/v1/workflows/" + id + "/rollback", "{\"version\":1,\"verison\":2}");
        assertEquals("verison", unknown.error().getString("field"));

        String org = wf.getString("org_id");
        JsonObject audit = api.get("/v1/workspaces/" + org + "/audit_log?action=workflow.rolled_back&target_id=" + id)
                .json().getJsonArray("data").getJsonObject(0);
        assertEquals(4, audit.getJsonObject("details").getInt("version"));
        assertEquals(2, audit.getJsonObject("details").getInt("to_version_of"));
        assertEquals(3, audit.getJsonObject("details").getInt("from_version"));
    }

    @Test
    void aDraftIsSavedAndCheckedWhileTheLiveVersionKeepsServingThenDeployed() {
        JsonObject wf = create("draft");
        String id = wf.getString("id");
        String draftPath = "/v1/workflows/" + id + "/draft";
        assertEquals(404, api.get(draftPath).status());

        Api.Reply saved = api.put(draftPath, "{\"message\":\"try v2\",\"steps\":[" + step("answer", "v2") + "]}");
        assertEquals(200, saved.status(), saved.body());
        JsonObject draft = saved.json().getJsonObject("data");
        assertEquals(1, draft.getInt("base_version"));
        assertEquals("try v2", draft.getString("message"));
        assertEquals(code("v2"), draft.getJsonArray("steps").getJsonObject(0).getString("code"));
        assertEquals(wf.getString("name"), draft.getString("name"), "fields not named come from the live version");
        assertEquals(draft, api.get(draftPath).json().getJsonObject("data"));

        assertEquals(1, api.get("/v1/workflows/" + id).json().getJsonObject("data").getInt("version"));
        assertEquals("v1", answer(wf), "the live version keeps serving events");

        // a second save changes the draft, not the live version
        JsonObject again = api.put(draftPath, "{\"settings\":{\"timeout_seconds\":20}}").json().getJsonObject("data");
        assertEquals(code("v2"), again.getJsonArray("steps").getJsonObject(0).getString("code"));
        assertEquals(20, again.getJsonObject("settings").getInt("timeout_seconds", -1), again.toString());

        // checked like a deploy; a refused save keeps the draft
        Api.Reply syntax = api.put(draftPath, "{\"steps\":[{\"name\":\"answer\",\"code\":\"export default {\"}]}");
        assertEquals(400, syntax.status(), syntax.body());
        assertEquals("steps[0].code", syntax.error().getString("field"));
        Api.Reply unknown = api.put(draftPath, "{\"stpes\":[]}");
        assertEquals("stpes", unknown.error().getString("field"));
        Api.Reply moving = api.put(draftPath, "{\"active\":false}");
        assertEquals(400, moving.status(), moving.body());
        assertEquals("active", moving.error().getString("field"));
        assertEquals(again, api.get(draftPath).json().getJsonObject("data"));

        JsonObject toDraft = api.get("/v1/workflows/" + id + "/diff?from=1&to=draft").json().getJsonObject("data");
        assertEquals(2, toDraft.getInt("to"));
        assertEquals("answer", toDraft.getJsonObject("steps").getJsonArray("changed").getJsonObject(0).getString("name"));
        assertEquals("v1", answer(wf));

        Api.Reply deployed = api.post(draftPath + "/deploy", "{}");
        assertEquals(200, deployed.status(), deployed.body());
        JsonObject v2 = deployed.json().getJsonObject("data");
        assertEquals(2, v2.getInt("version"));
        assertEquals(20, v2.getJsonObject("settings").getInt("timeout_seconds"));
        assertNotEquals(wf.getString("deployment_id"), v2.getString("deployment_id"));
        assertEquals(404, api.get(draftPath).status(), "deploying removes the draft");
        assertEquals(404, api.post(draftPath + "/deploy", "{}").status());
        assertEquals("v2", answer(wf));
        JsonObject version = api.get("/v1/workflows/" + id + "/versions/2").json().getJsonObject("data");
        assertEquals("try v2", version.getString("message"), "the draft's message goes with it");
        assertEquals(myId(), version.getString("author_id"));
    }

    @Test
    void aDiscardedDraftLeavesTheLiveVersionAsItWas() {
        JsonObject wf = create("discard");
        String id = wf.getString("id");
        String draftPath = "/v1/workflows/" + id + "/draft";
        assertEquals(404, api.delete(draftPath).status());
        assertEquals(200, api.put(draftPath, "{\"steps\":[" + step("answer", "never") + "]}").status());
        assertEquals(204, api.delete(draftPath).status());
        assertEquals(404, api.get(draftPath).status());
        JsonObject now = api.get("/v1/workflows/" + id).json().getJsonObject("data");
        assertEquals(1, now.getInt("version"));
        assertEquals(wf.getJsonArray("steps"), now.getJsonArray("steps"));
        assertEquals("v1", answer(wf));
        assertEquals(1, api.get("/v1/workflows/" + id + "/versions").json().getJsonObject("page_info")
                .getInt("total_count"));
    }
}
