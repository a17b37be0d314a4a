package io.millrace.it.environment;

import static io.millrace.it.support.Replies.assertBadInput;
import static io.millrace.it.support.Replies.assertNotFound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Workspaces;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The environment variables API of workspaces and projects, through the real server. */
class EnvVarsIT {
    private final Api api = Api.server();
    private final String workspace = "/v1/workspaces/" + Workspaces.orgOf(api) + "/env_vars";
    private final String project = "/v1/projects/" + Workspaces.defaultProject(api) + "/env_vars";

    @Test
    void workspaceVariablesCanBeCreatedReadListedChangedRenamedAndDeleted() {
        crud(workspace);
    }

    @Test
    void projectVariablesCanBeCreatedReadListedChangedRenamedAndDeleted() {
        crud(project);
    }

    @Test
    void aSecretsValueIsNeverReturnedNotEvenOnCreate() {
        String key = unique("TOKEN");
        String secretValue = "s3cr3t-" + System.nanoTime();
        Api.Reply created = api.post(workspace, body(key, secretValue, null, true));
        assertEquals(200, created.status(), created.body());
        JsonObject v = created.json().getJsonObject("data");
        assertTrue(v.getBoolean("secret"));
        assertEquals(JsonValue.NULL, v.get("value"));
        assertFalse(created.body().contains(secretValue));
        String url = workspace + "/" + v.getString("id");
        assertHidden(api.get(url), secretValue);
        assertHidden(api.get(workspace + "?limit=100"), secretValue);

        String replaced = "n3w-" + System.nanoTime();
        Api.Reply put = api.put(url, "{\"value\":\"" + replaced + "\",\"description\":\"rotated\"}");
        assertHidden(put, replaced);
        assertEquals("rotated", put.json().getJsonObject("data").getString("description"));
        assertTrue(put.json().getJsonObject("data").getBoolean("secret"));
        assertBadInput(api.put(url, "{\"secret\":false}"), "secret");
        assertHidden(api.get(url), replaced);

        Api.Reply reveal = api.put(url, "{\"secret\":false,\"value\":\"public now\"}");
        assertEquals(200, reveal.status(), reveal.body());
        assertEquals("public now", reveal.json().getJsonObject("data").getString("value"));
        assertFalse(reveal.json().getJsonObject("data").getBoolean("secret"));
    }

    @Test
    void newVariablesDefaultToSecret() {
        Api.Reply created = api.post(project, "{\"key\":\"" + unique("DEFAULTED") + "\",\"value\":\"hidden\"}");
        assertEquals(200, created.status(), created.body());
        assertTrue(created.json().getJsonObject("data").getBoolean("secret"));
        assertEquals(JsonValue.NULL, created.json().getJsonObject("data").get("value"));
    }

    @Test
    void badKeysValuesAndDuplicatesAre400NamingTheField() {
        assertBadInput(api.post(workspace, body("1ABC", "v", null, false)), "key");
        assertBadInput(api.post(workspace, body("PIPEDREAM_X", "v", null, false)), "key");
        assertBadInput(api.post(workspace, body("API-KEY", "v", null, false)), "key");
        assertBadInput(api.post(workspace, "{\"value\":\"v\"}"), "key");
        assertBadInput(api.post(workspace, "{\"key\":\"" + unique("NOVALUE") + "\"}"), "value");
        assertBadInput(api.post(workspace, body(unique("BIG"), "v".repeat(64 * 1024 + 1), null, false)), "value");
        assertBadInput(api.post(project, body(unique("DESC"), "v", "d".repeat(1025), false)), "description");
        assertBadInput(api.post(project, "{\"key\":\"" + unique("X") + "\",\"value\":\"v\",\"secret\":\"no\"}"),
                "secret");
        assertBadInput(api.post(project, "{\"key\":\"" + unique("X") + "\",\"vaule\":\"v\"}"), "vaule");
        assertEquals(400, api.post(project, "not json").status());

        String key = unique("TWICE");
        assertEquals(200, api.post(project, body(key, "1", null, false)).status());
        assertBadInput(api.post(project, body(key, "2", null, false)), "key");
        assertEquals(200, api.post(workspace, body(key, "3", null, false)).status(), "other scope, same key");
        String other = api.post(project, body(unique("OTHER"), "4", null, false)).json().getJsonObject("data")
                .getString("id");
        assertBadInput(api.put(project + "/" + other, "{\"key\":\"" + key + "\"}"), "key");
        assertBadInput(api.put(project + "/" + other, "{\"key\":\"PIPEDREAM_Y\"}"), "key");
    }

    @Test
    void aValueOfExactly64KilobytesIsStoredWhole() {
        String big = "v".repeat(64 * 1024);
        Api.Reply created = api.post(workspace, body(unique("MAX"), big, null, false));
        assertEquals(200, created.status(), created.body());
        String id = created.json().getJsonObject("data").getString("id");
        assertEquals(big, api.get(workspace + "/" + id).json().getJsonObject("data").getString("value"));
    }

    @Test
    void unknownOrForeignScopesAndVariablesAre404() {
        assertNotFound(api.get("/v1/workspaces/o_nosuchws/env_vars"));
        assertNotFound(api.post("/v1/workspaces/o_nosuchws/env_vars", body(unique("A"), "v", null, false)));
        assertNotFound(api.get("/v1/projects/proj_nosuch/env_vars"));
        assertNotFound(api.post("/v1/projects/proj_nosuch/env_vars", body("1ABC", "v", null, false)));
        assertNotFound(api.get(workspace + "/ev_nosuch"));
        assertNotFound(api.put(project + "/ev_nosuch", "{\"value\":\"x\"}"));
        assertNotFound(api.delete(project + "/ev_nosuch"));

        String inWorkspace = api.post(workspace, body(unique("SCOPED"), "v", null, false)).json()
                .getJsonObject("data").getString("id");
        assertNotFound(api.get(project + "/" + inWorkspace));
        assertNotFound(api.delete(project + "/" + inWorkspace));
        assertNotFound(api.get("/v1/workspaces/" + Workspaces.defaultProject(api) + "/env_vars/" + inWorkspace));
        assertEquals(200, api.get(workspace + "/" + inWorkspace).status(), "still there");
    }

    @Test
    void listsArePagedNewestFirstWithCursorsBothWays() {
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            mine.add(api.post(project, body(unique("PAGED_" + i), "v" + i, null, false)).json()
                    .getJsonObject("data").getString("id"));
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        long total = -1;
        while (true) {
            Api.Reply reply = api.get(project + "?limit=5" + (after == null ? "" : "&after=" + Api.encode(after)));
            assertEquals(200, reply.status(), reply.body());
            JsonObject info = reply.json().getJsonObject("page_info");
            List<JsonObject> data = reply.json().getJsonArray("data").getValuesAs(JsonObject.class);
            assertTrue(data.size() <= 5);
            assertEquals(data.size(), info.getInt("count"));
            total = info.getJsonNumber("total_count").longValue();
            data.forEach(v -> seen.add(v.getString("id")));
            if (data.size() < 5) {
                break;
            }
            after = info.getString("end_cursor");
        }
        assertTrue(total >= 12, "total_count " + total);
        assertEquals(total, seen.size());
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no variable twice");
        assertEquals(mine, new HashSet<>(seen.subList(0, 12)), "the 12 newest are the ones just created");

        JsonObject first = api.get(project + "?limit=5").json();
        JsonObject second = api.get(project + "?limit=5&after="
                + Api.encode(first.getJsonObject("page_info").getString("end_cursor"))).json();
        JsonObject back = api.get(project + "?limit=5&before="
                + Api.encode(second.getJsonObject("page_info").getString("start_cursor"))).json();
        assertEquals(ids(first), ids(back));
        assertBadInput(api.get(project + "?limit=0"), "limit");
        assertBadInput(api.get(project + "?after=not-a-cursor"), "after");
    }

    private void crud(String base) {
        String key = unique("API_URL");
        Api.Reply created = api.post(base, body(key, "https://example.com", "where to call", false));
        assertEquals(200, created.status(), created.body());
        JsonObject v = created.json().getJsonObject("data");
        String id = v.getString("id");
        assertTrue(id.matches("ev_[0-9A-Za-z]{8}"), id);
        assertEquals(key, v.getString("key"));
        assertEquals("https://example.com", v.getString("value"));
        assertEquals("where to call", v.getString("description"));
        assertFalse(v.getBoolean("secret"));
        assertTrue(v.getJsonNumber("created_at").longValue() > 1_600_000_000L);
        assertEquals(v.getJsonNumber("created_at"), v.getJsonNumber("updated_at"));

        assertEquals(v, api.get(base + "/" + id).json().getJsonObject("data"));
        assertTrue(ids(api.get(base + "?limit=100").json()).contains(id));

        JsonObject changed = api.put(base + "/" + id, "{\"value\":\"https://example.org\",\"description\":null}")
                .json().getJsonObject("data");
        assertEquals("https://example.org", changed.getString("value"));
        assertEquals(JsonValue.NULL, changed.get("description"));
        assertEquals(key, changed.getString("key"));
        String renamed = unique("BASE_URL");
        JsonObject moved = api.put(base + "/" + id, "{\"key\":\"" + renamed + "\"}").json().getJsonObject("data");
        assertEquals(renamed, moved.getString("key"));
        assertEquals("https://example.org", moved.getString("value"));
        assertEquals(moved, api.get(base + "/" + id).json().getJsonObject("data"));

        assertEquals(204, api.delete(base + "/" + id).status());
        assertNotFound(api.get(base + "/" + id));
        assertNotFound(api.delete(base + "/" + id));
        assertFalse(ids(api.get(base + "?limit=100").json()).contains(id));
    }

    private void assertHidden(Api.Reply reply, String secretValue) {
        assertEquals(200, reply.status(), reply.body());
        assertFalse(reply.body().contains(secretValue), reply.body());
        JsonValue data = reply.json().get("data");
        List<JsonObject> vars = data.getValueType() == JsonValue.ValueType.ARRAY
                ? data.asJsonArray().getValuesAs(JsonObject.class) : List.of(data.asJsonObject());
        vars.stream().filter(v -> v.getBoolean("secret"))
                .forEach(v -> assertEquals(JsonValue.NULL, v.get("value"), v.toString()));
    }

    private static String body(String key, String value, String description, boolean secret) {
        var b = Json.createObjectBuilder().add("key", key).add("value", value).add("secret", secret);
        if (description != null) {
            b.add("description", description);
        }
        return b.build().toString();
    }

    private static String unique(String prefix) {
        return prefix + "_" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private static List<String> ids(JsonObject list) {
        return list.getJsonArray("data").getValuesAs(JsonObject.class).stream().map(v -> v.getString("id")).toList();
    }
}
