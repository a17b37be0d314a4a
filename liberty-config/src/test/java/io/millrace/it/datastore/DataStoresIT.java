package io.millrace.it.datastore;

import static io.millrace.it.support.Replies.assertBadInput;
import static io.millrace.it.support.Replies.assertNotFound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Stores;
import io.millrace.it.support.Users;
import io.millrace.it.support.Workspaces;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The data stores of a project through the real server: create, list, read, rename, delete, isolation. */
class DataStoresIT {
    private final Api api = Api.server();
    private final String project = Workspaces.defaultProject(api);
    private final String stores = "/v1/projects/" + project + "/data_stores";

    @Test
    void aStoreCanBeCreatedReadListedRenamedAndDeleted() {
        String name = Stores.unique("customers");
        Api.Reply created = api.post(stores, "{\"name\":\"" + name + "\"}");
        assertEquals(200, created.status(), created.body());
        JsonObject store = created.json().getJsonObject("data");
        String id = store.getString("id");
        assertTrue(id.matches("ds_[0-9A-Za-z]{8}"), id);
        assertEquals(name, store.getString("name"));
        assertEquals(project, store.getString("project_id"));
        assertEquals(Workspaces.orgOf(api), store.getString("org_id"));
        assertTrue(store.getJsonNumber("created_at").longValue() > 1_600_000_000L);
        assertEquals(store.getJsonNumber("created_at"), store.getJsonNumber("updated_at"));

        assertEquals(store, api.get("/v1/data_stores/" + id).json().getJsonObject("data"));
        assertTrue(ids(api.get(stores + "?limit=100")).contains(id));

        String renamed = Stores.unique("clients");
        Api.Reply put = api.put("/v1/data_stores/" + id, "{\"name\":\"" + renamed + "\"}");
        assertEquals(200, put.status(), put.body());
        assertEquals(renamed, put.json().getJsonObject("data").getString("name"));
        assertEquals(id, put.json().getJsonObject("data").getString("id"));
        assertEquals(renamed, api.get("/v1/data_stores/" + id).json().getJsonObject("data").getString("name"));
        assertEquals(200, api.put("/v1/data_stores/" + id, "{\"name\":\"" + renamed + "\"}").status(),
                "renaming to its own name is fine");

        assertEquals(204, api.delete("/v1/data_stores/" + id).status());
        assertNotFound(api.get("/v1/data_stores/" + id));
        assertNotFound(api.delete("/v1/data_stores/" + id));
        assertNotFound(api.put("/v1/data_stores/" + id, "{\"name\":\"x\"}"));
        assertNotFound(api.get("/v1/data_stores/" + id + "/records"));
        assertFalse(ids(api.get(stores + "?limit=100")).contains(id));
    }

    @Test
    void deletingAStoreDeletesItsRecordsAndItsNameCanBeUsedAgain() {
        JsonObject store = Stores.create(api, project, "doomed");
        String id = store.getString("id");
        Stores.batch(api, id, List.of("a", "b", "c"), 0);
        assertEquals(204, api.delete("/v1/data_stores/" + id).status());
        assertNotFound(api.get(Stores.record(id, "a")));
        assertNotFound(api.put(Stores.record(id, "a"), "{\"value\":1}"));

        Api.Reply again = api.post(stores, "{\"name\":\"" + store.getString("name") + "\"}");
        assertEquals(200, again.status(), again.body());
        String newId = again.json().getJsonObject("data").getString("id");
        assertNotEquals(id, newId);
        assertEquals(0, api.get("/v1/data_stores/" + newId + "/records").json().getJsonObject("page_info")
                .getInt("total_count"));
    }

    @Test
    void namesAreUniqueInAProjectButNotAcrossProjects() {
        JsonObject store = Stores.create(api, project, "unique");
        String name = store.getString("name");
        assertBadInput(api.post(stores, "{\"name\":\"" + name + "\"}"), "name");
        JsonObject other = Stores.create(api, project, "other");
        assertBadInput(api.put("/v1/data_stores/" + other.getString("id"), "{\"name\":\"" + name + "\"}"), "name");

        Users.TestUser stranger = Users.inNewWorkspace(api, "ds-names");
        Api.Reply elsewhere = stranger.api().post("/v1/projects/" + stranger.projectId() + "/data_stores",
                "{\"name\":\"" + name + "\"}");
        assertEquals(200, elsewhere.status(), elsewhere.body());
    }

    @Test
    void badNamesAndBodiesAre400NamingTheField() {
        assertBadInput(api.post(stores, "{}"), "name");
        assertBadInput(api.post(stores, "{\"name\":\"   \"}"), "name");
        assertBadInput(api.post(stores, "{\"name\":null}"), "name");
        assertBadInput(api.post(stores, "{\"name\":42}"), "name");
        assertBadInput(api.post(stores, "{\"name\":\"" + "n".repeat(256) + "\"}"), "name");
        assertEquals(200, api.post(stores, "{\"name\":\"" + Stores.unique("n".repeat(230)) + "\"}").status());
        assertBadInput(api.post(stores, "{\"name\":\"x\",\"nmae\":\"y\"}"), "nmae");
        assertEquals(400, api.post(stores, "not json").status());
        assertEquals(400, api.post(stores, "[]").status());
        String id = Stores.create(api, project, "badput").getString("id");
        assertBadInput(api.put("/v1/data_stores/" + id, "{\"name\":\"\"}"), "name");
        assertBadInput(api.get(stores + "?limit=0"), "limit");
        assertBadInput(api.get(stores + "?limit=101"), "limit");
        assertBadInput(api.get(stores + "?after=not-a-cursor"), "after");
    }

    @Test
    void storeListsArePagedNewestFirstWithCursorsBothWays() {
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            mine.add(Stores.create(api, project, "paged" + i).getString("id"));
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        long total = -1;
        while (true) {
            Api.Reply page = api.get(stores + "?limit=5" + (after == null ? "" : "&after=" + Api.encode(after)));
            assertEquals(200, page.status(), page.body());
            List<JsonObject> data = Stores.data(page);
            assertTrue(data.size() <= 5);
            total = page.json().getJsonObject("page_info").getJsonNumber("total_count").longValue();
            data.forEach(s -> seen.add(s.getString("id")));
            if (data.size() < 5) {
                break;
            }
            after = Stores.cursor(page, "end_cursor");
        }
        assertEquals(total, seen.size());
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no store twice");
        assertEquals(mine, new HashSet<>(seen.subList(0, 12)), "the 12 newest are the ones just created");

        Api.Reply first = api.get(stores + "?limit=5");
        Api.Reply second = api.get(stores + "?limit=5&after=" + Api.encode(Stores.cursor(first, "end_cursor")));
        Api.Reply back = api.get(stores + "?limit=5&before=" + Api.encode(Stores.cursor(second, "start_cursor")));
        assertEquals(ids(first), ids(back));
    }

    @Test
    void storesAndProjectsOfAnotherWorkspaceAre404BothWays() {
        JsonObject mine = Stores.create(api, project, "private");
        String id = mine.getString("id");
        Stores.batch(api, id, List.of("secret"), 0);
        Users.TestUser stranger = Users.inNewWorkspace(api, "ds-stranger");
        Api other = stranger.api();

        assertNotFound(other.get("/v1/data_stores/" + id));
        assertNotFound(other.put("/v1/data_stores/" + id, "{\"name\":\"stolen\"}"));
        assertNotFound(other.delete("/v1/data_stores/" + id));
        assertNotFound(other.get("/v1/data_stores/" + id + "/records"));
        assertNotFound(other.post("/v1/data_stores/" + id + "/records",
                "{\"records\":[{\"key\":\"k\",\"value\":1}]}"));
        assertNotFound(other.delete("/v1/data_stores/" + id + "/records"));
        assertNotFound(other.get(Stores.record(id, "secret")));
        assertNotFound(other.get(Stores.recordByQuery(id, "secret")));
        assertNotFound(other.put(Stores.recordByQuery(id, "secret"), "{\"value\":\"overwritten\"}"));
        assertNotFound(other.put(Stores.record(id, "secret"), "{\"value\":\"overwritten\"}"));
        assertNotFound(other.patch(Stores.record(id, "secret"), "{\"ttl\":1}"));
        assertNotFound(other.delete(Stores.record(id, "secret")));
        assertNotFound(other.get(stores));
        assertNotFound(other.post(stores, "{\"name\":\"intruder\"}"));
        assertNotFound(other.post("/v1/projects/proj_nosuch0/data_stores", "{\"name\":\"x\"}"));
        assertNotFound(api.get("/v1/data_stores/ds_nosuch00"));

        assertEquals(mine.getString("name"), api.get("/v1/data_stores/" + id).json().getJsonObject("data")
                .getString("name"), "untouched");
        assertEquals(Json.createObjectBuilder().add("n", 0).build(),
                api.get(Stores.record(id, "secret")).json().getJsonObject("data").getJsonObject("value"));

        String theirs = Stores.create(other, stranger.projectId(), "theirs").getString("id");
        assertNotFound(api.get("/v1/data_stores/" + theirs));
        assertNotFound(api.get("/v1/projects/" + stranger.projectId() + "/data_stores"));
        assertEquals(200, other.get("/v1/data_stores/" + theirs).status());
    }

    private static List<String> ids(Api.Reply list) {
        return Stores.data(list).stream().map(s -> s.getString("id")).toList();
    }
}
