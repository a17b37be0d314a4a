package io.millrace.it.project;

import static io.millrace.it.support.Replies.assertBadInput;
import static io.millrace.it.support.Replies.assertNotFound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Projects of a workspace and their folders through HTTP: create, list, rename, delete, bad input. */
class ProjectsIT {
    private final Api admin = Api.server();

    static JsonObject data(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonObject("data");
    }

    static List<String> ids(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("data").stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    static String workflowIn(Api api, String projectId, String folderId) {
        String folder = folderId == null ? "" : ",\"folder_id\":\"" + folderId + "\"";
        return data(api.post("/v1/workflows", "{\"name\":\"in-project\",\"project_id\":\"" + projectId + "\"" + folder
                + ",\"triggers\":[],\"steps\":[]}")).getString("id");
    }

    @Test
    void createListRenameAndDeleteProjects() {
        Workspaces.Tenant team = Workspaces.create(admin, "proj-crud");
        Api api = team.api();
        String projects = "/v1/workspaces/" + team.orgId() + "/projects";
        List<String> before = ids(api.get(projects));
        assertEquals(List.of(team.projectId()), before, "a new workspace has its default project");
        JsonObject old = api.get(projects).json().getJsonArray("data").getJsonObject(0);
        assertEquals(JsonValue.NULL, old.get("owner"), "the default project has no creator");
        assertEquals("workspace", old.getString("access"));

        JsonObject made = data(api.post(projects, "{\"name\":\"Marketing\"}"));
        assertTrue(made.getString("id").startsWith("proj_"));
        assertEquals("Marketing", made.getString("name"));
        assertEquals(team.userId(), made.getString("owner"));
        assertEquals("workspace", made.getString("access"));
        assertTrue(made.getJsonNumber("created_at").longValue() > 0);
        String id = made.getString("id");
        assertEquals(List.of(team.projectId(), id), ids(api.get(projects)));
        assertEquals("Marketing", data(api.get("/v1/projects/" + id)).getString("name"));

        assertEquals(409, api.post(projects, "{\"name\":\"Marketing\"}").status(), "names are unique per workspace");
        assertEquals("Sales", data(api.put("/v1/projects/" + id, "{\"name\":\"Sales\"}")).getString("name"));
        assertEquals("Sales", data(api.put("/v1/projects/" + id, "{\"name\":\"Sales\"}")).getString("name"),
                "keeping its own name is fine");
        assertEquals(409, api.put("/v1/projects/" + team.projectId(), "{\"name\":\"Sales\"}").status());

        String workflow = workflowIn(api, id, null);
        assertEquals(id, data(api.get("/v1/workflows/" + workflow)).getString("project_id"));
        Api.Reply busy = api.delete("/v1/projects/" + id);
        assertEquals(409, busy.status(), busy.body());
        assertTrue(busy.error().getString("message").contains("1 workflows"), busy.body());
        data(api.put("/v1/workflows/" + workflow, "{\"project_id\":\"" + team.projectId() + "\"}"));
        assertEquals(team.projectId(), data(api.get("/v1/workflows/" + workflow)).getString("project_id"),
                "a workflow moves to another project");

        assertEquals(204, api.delete("/v1/projects/" + id).status());
        assertNotFound(api.get("/v1/projects/" + id));
        assertEquals(List.of(team.projectId()), ids(api.get(projects)));
        Api.Reply last = api.delete("/v1/projects/" + team.projectId());
        assertEquals(409, last.status(), "the workspace's last project stays");

        Workspaces.Tenant other = Workspaces.create(admin, "proj-other");
        assertNotFound(other.api().get("/v1/projects/" + team.projectId()));
        assertNotFound(other.api().put("/v1/projects/" + team.projectId(), "{\"name\":\"x\"}"));
        assertNotFound(other.api().get(projects));
    }

    @Test
    void foldersNestHoldWorkflowsAndAreDeletedWhenEmpty() {
        Workspaces.Tenant team = Workspaces.create(admin, "proj-folders");
        Api api = team.api();
        String folders = "/v1/projects/" + team.projectId() + "/folders";
        JsonObject top = data(api.post(folders, "{\"name\":\"Top\"}"));
        assertEquals(JsonValue.NULL, top.get("parent_id"));
        assertEquals(team.projectId(), top.getString("project_id"));
        JsonObject inner = data(api.post(folders, "{\"name\":\"Inner\",\"parent_id\":\"" + top.getString("id") + "\"}"));
        assertEquals(top.getString("id"), inner.getString("parent_id"));
        assertEquals(409, api.post(folders, "{\"name\":\"Top\"}").status(), "sibling names are unique");
        assertEquals(200, api.post(folders, "{\"name\":\"Top\",\"parent_id\":\"" + top.getString("id") + "\"}").status(),
                "the same name elsewhere is fine");
        assertEquals(3, ids(api.get(folders)).size());

        assertBadInput(api.put(folders + "/" + top.getString("id"), "{\"parent_id\":\"" + inner.getString("id") + "\"}"),
                "parent_id");
        JsonObject renamed = data(api.put(folders + "/" + inner.getString("id"), "{\"name\":\"Renamed\",\"parent_id\":null}"));
        assertEquals("Renamed", renamed.getString("name"));
        assertEquals(JsonValue.NULL, renamed.get("parent_id"));

        String workflow = workflowIn(api, team.projectId(), top.getString("id"));
        assertEquals(top.getString("id"), data(api.get("/v1/workflows/" + workflow)).getString("folder_id"));
        assertEquals(409, api.delete(folders + "/" + top.getString("id")).status(), "it holds a workflow and a folder");
        data(api.put("/v1/workflows/" + workflow, "{\"folder_id\":null}"));
        assertEquals(JsonValue.NULL, data(api.get("/v1/workflows/" + workflow)).get("folder_id"));
        for (String id : ids(api.get(folders))) {
            if (!id.equals(top.getString("id"))) {
                assertEquals(204, api.delete(folders + "/" + id).status());
            }
        }
        assertEquals(204, api.delete(folders + "/" + top.getString("id")).status());
        assertNotFound(api.delete(folders + "/" + top.getString("id")));
        assertFalse(ids(api.get(folders)).contains(top.getString("id")));
        assertBadInput(api.put("/v1/workflows/" + workflow, "{\"folder_id\":\"fold_nosuch\"}"), "folder_id");
    }

    @Test
    void badInputIsAClearFourHundred() {
        Workspaces.Tenant team = Workspaces.create(admin, "proj-bad");
        Api api = team.api();
        String projects = "/v1/workspaces/" + team.orgId() + "/projects";
        assertBadInput(api.post(projects, "{}"), "name");
        assertBadInput(api.post(projects, "{\"name\":\"  \"}"), "name");
        assertBadInput(api.post(projects, "{\"name\":42}"), "name");
        assertBadInput(api.post(projects, "{\"name\":\"" + "n".repeat(101) + "\"}"), "name");
        assertBadInput(api.post(projects, "{\"name\":\"ok\",\"colour\":\"red\"}"), "colour");
        assertEquals(400, api.post(projects, "[1]").status());
        String access = "/v1/projects/" + team.projectId() + "/access";
        assertBadInput(api.put(access, "{}"), "restricted");
        assertBadInput(api.put(access, "{\"restricted\":\"yes\"}"), "restricted");
        assertBadInput(api.put(access, "{\"restricted\":true,\"members\":\"u_x\"}"), "members");
        assertBadInput(api.put(access, "{\"restricted\":true,\"members\":[7]}"), "members[0]");
        assertBadInput(api.put(access, "{\"restricted\":true,\"members\":[\"u_nosuchuser\"]}"), "members[0]");
        String folders = "/v1/projects/" + team.projectId() + "/folders";
        assertBadInput(api.post(folders, "{\"name\":\"f\",\"parent_id\":\"fold_nosuch\"}"), "parent_id");
        assertBadInput(api.post(folders, "{\"name\":\"\"}"), "name");
        assertBadInput(api.post("/v1/workflows", "{\"name\":\"w\",\"project_id\":\"proj_nosuch\",\"triggers\":[],\"steps\":[]}"),
                "project_id");
        assertNotFound(api.get("/v1/projects/proj_nosuch"));
        assertNotFound(api.get("/v1/projects/" + "x".repeat(300) + "/folders"));
        assertNotFound(api.put(folders + "/fold_nosuch", "{\"name\":\"x\"}"));
    }
}
