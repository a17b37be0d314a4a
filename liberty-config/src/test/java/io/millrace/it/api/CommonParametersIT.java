package io.millrace.it.api;

import static io.millrace.it.support.Replies.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** include / exclude on every endpoint: query parameters for GET, body fields for POST and PUT. */
class CommonParametersIT {
    private final Api api = Api.server();
    private final String org = Workspaces.orgOf(api);

    @Test
    void includeOnAnObjectAndOnAList() {
        JsonObject wf = api.createHttpWorkflow("selected-" + System.nanoTime(), "[]");
        String path = "/v1/workflows/" + wf.getString("id");
        JsonObject one = api.get(path + "?include=id,name,nonexistent").json().getJsonObject("data");
        assertEquals(Set.of("id", "name"), one.keySet());
        assertEquals(wf.getString("name"), one.getString("name"));

        JsonObject list = api.get("/v1/workflows?limit=3&include=id&include=active").json();
        assertEquals(Set.of("total_count", "count", "start_cursor", "end_cursor"),
                list.getJsonObject("page_info").keySet(), "page_info is not filtered");
        for (JsonObject item : list.getJsonArray("data").getValuesAs(JsonObject.class)) {
            assertEquals(Set.of("id", "active"), item.keySet());
        }
    }

    @Test
    void excludeOnOtherEndpoints() {
        JsonObject me = api.get("/v1/users/me?exclude=orgs,email").json().getJsonObject("data");
        assertTrue(me.containsKey("id") && me.containsKey("username"), me.toString());
        assertTrue(!me.containsKey("orgs") && !me.containsKey("email"), me.toString());

        String envVars = "/v1/workspaces/" + org + "/env_vars";
        api.post(envVars, "{\"key\": \"SEL_" + System.nanoTime() + "\", \"value\": \"v\", \"secret\": false}");
        JsonObject vars = api.get(envVars + "?exclude=value,description,created_at,updated_at").json();
        assertTrue(vars.getJsonArray("data").size() > 0);
        for (JsonObject v : vars.getJsonArray("data").getValuesAs(JsonObject.class)) {
            assertEquals(Set.of("id", "key", "secret"), v.keySet());
        }
        JsonObject workspace = api.get("/v1/workspaces/" + org + "?include=id,orgname&exclude=orgname").json()
                .getJsonObject("data");
        assertEquals(Set.of("id"), workspace.keySet(), "include first, then exclude");
    }

    @Test
    void inAPostOrPutBodyTheyShapeTheAnswerAndAreNotTakenAsFields() {
        String name = "body-selected-" + System.nanoTime();
        Api.Reply created = api.post("/v1/workflows", """
                {"name": "%s", "triggers": [{"type": "http"}], "steps": [], "include": "id,name,triggers"}"""
                .formatted(name));
        assertEquals(200, created.status(), created.body());
        JsonObject data = created.json().getJsonObject("data");
        assertEquals(Set.of("id", "name", "triggers"), data.keySet());
        assertEquals(1, data.getJsonArray("triggers").size(), "the rest of the body was used as before");
        String id = data.getString("id");

        Api.Reply updated = api.put("/v1/workflows/" + id, "{\"active\": false, \"exclude\": \"steps,triggers,settings\"}");
        assertEquals(200, updated.status(), updated.body());
        JsonObject after = updated.json().getJsonObject("data");
        assertTrue(!after.containsKey("steps") && !after.containsKey("triggers"), after.toString());
        assertEquals(false, after.getBoolean("active"));

        String key = "SEL_BODY_" + System.nanoTime();
        Api.Reply envVar = api.post("/v1/workspaces/" + org + "/env_vars", """
                {"key": "%s", "value": "v", "secret": false, "include": "key"}""".formatted(key));
        assertEquals(200, envVar.status(), envVar.body());
        assertEquals(Set.of("key"), envVar.json().getJsonObject("data").keySet());
        assertRejected(api.post("/v1/workflows", "{\"name\": \"x\", \"include\": [\"id\"]}"), 400, "include");
    }

    @Test
    void errorsAreNotFiltered() {
        Api.Reply missing = api.get("/v1/workflows/p_nosuchwf?include=id");
        assertEquals(404, missing.status());
        assertEquals(Set.of("status", "message"), missing.error().keySet());
        assertEquals(List.of("error"), List.copyOf(missing.json().keySet()));
    }
}
