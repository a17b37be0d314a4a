package io.millrace.it.project;

import static io.millrace.it.project.ProjectsIT.data;
import static io.millrace.it.project.ProjectsIT.ids;
import static io.millrace.it.support.Replies.assertForbidden;
import static io.millrace.it.support.Replies.assertNotFound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Users;
import io.millrace.it.support.Workspaces;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A restricted project in a workspace with an owner, an admin, a member with access and one without:
 * everything in it is a 404 for the member without access and absent from its lists; the others see it;
 * only the creator, admins and the owner manage access.
 */
class ProjectAccessIT {
    private static final String STEP = "export default defineComponent({ async run() { return { secret: process.env.MR_PA_VAR } } })";

    private final Api admin = Api.server();

    @Test
    void aRestrictedProjectIsInvisibleToMembersWithoutAccess() {
        Workspaces.Tenant team = Workspaces.create(admin, "pa");
        Api owner = team.api();
        Users.TestUser wsAdmin = Users.create(admin, "pa-admin", null, team.orgId(), false, "admin");
        Users.TestUser inside = Users.create(admin, "pa-in", null, team.orgId(), false, "member");
        Users.TestUser outside = Users.create(admin, "pa-out", null, team.orgId(), false, "member");

        String project = data(inside.api().post("/v1/workspaces/" + team.orgId() + "/projects",
                "{\"name\":\"Secret\"}")).getString("id");
        assertEquals(inside.id(), data(owner.get("/v1/projects/" + project)).getString("owner"));
        JsonObject workflow = data(inside.api().post("/v1/workflows", Json.createObjectBuilder()
                .add("name", "hidden-wf").add("project_id", project)
                .add("triggers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "http")))
                .add("steps", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "read").add("code", STEP)))
                .build().toString()));
        String wf = workflow.getString("id");
        data(inside.api().post("/v1/projects/" + project + "/env_vars", "{\"key\":\"MR_PA_VAR\",\"value\":\"project-value\"}"));
        String store = data(inside.api().post("/v1/projects/" + project + "/data_stores", "{\"name\":\"hidden-store\"}"))
                .getString("id");
        assertEquals(200, inside.api().put("/v1/data_stores/" + store + "/record?key=k", "{\"value\":1}").status());
        String folder = data(inside.api().post("/v1/projects/" + project + "/folders", "{\"name\":\"F\"}")).getString("id");
        JsonObject source = data(inside.api().post("/v1/sources",
                "{\"key\":\"http-new-requests\",\"name\":\"hidden-source\",\"project_id\":\"" + project + "\"}"));
        assertEquals(project, source.getString("project_id"), "a source is created in the project it names");
        String src = source.getString("id");

        // the creator restricts it to itself: an outsider who can see it now gets 404, not 403
        JsonObject access = data(inside.api().put("/v1/projects/" + project + "/access",
                "{\"restricted\":true,\"members\":[]}"));
        assertTrue(access.getBoolean("restricted"));
        data(owner.put("/v1/projects/" + project + "/access",
                "{\"restricted\":true,\"members\":[\"" + inside.id() + "\"]}"));

        JsonObject execution = inside.api().runOnce(workflow);
        assertEquals("project-value", execution.getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value")
                .getString("secret"), "what a step sees is not access-controlled");
        String exec = execution.getString("id");

        Api out = outside.api();
        for (String path : List.of("/v1/projects/" + project, "/v1/projects/" + project + "/access",
                "/v1/projects/" + project + "/folders", "/v1/projects/" + project + "/env_vars",
                "/v1/projects/" + project + "/data_stores", "/v1/workflows/" + wf, "/v1/workflows/" + wf + "/executions",
                "/v1/workflows/" + wf + "/queue", "/v1/workflows/" + wf + "/event_summaries", "/v1/executions/" + exec,
                "/v1/executions?workflow_id=" + wf, "/v1/data_stores/" + store, "/v1/data_stores/" + store + "/records", "/v1/sources/" + src)) {
            assertNotFound(out.get(path));
        }
        assertNotFound(out.put("/v1/projects/" + project, "{\"name\":\"mine\"}"));
        assertNotFound(out.delete("/v1/projects/" + project));
        assertNotFound(out.put("/v1/projects/" + project + "/access", "{\"restricted\":false}"));
        assertNotFound(out.post("/v1/projects/" + project + "/folders", "{\"name\":\"G\"}"));
        assertNotFound(out.delete("/v1/projects/" + project + "/folders/" + folder));
        assertNotFound(out.put("/v1/workflows/" + wf, "{\"active\":false}"));
        assertNotFound(out.delete("/v1/workflows/" + wf));
        assertNotFound(out.post("/v1/executions/" + exec + "/replay", ""));
        assertNotFound(out.delete("/v1/executions/" + exec));
        assertNotFound(out.put("/v1/data_stores/" + store + "/record?key=k", "{\"value\":2}"));
        assertNotFound(out.post("/v1/projects/" + project + "/env_vars", "{\"key\":\"MR_PA_OTHER\",\"value\":\"x\"}"));
        assertEquals(400, out.post("/v1/workflows", "{\"name\":\"sneak\",\"project_id\":\"" + project
                + "\",\"triggers\":[],\"steps\":[]}").status());
        Api.Reply sneakSource = out.post("/v1/sources", "{\"key\":\"http-new-requests\",\"project_id\":\"" + project + "\"}");
        assertEquals(400, sneakSource.status(), sneakSource.body());
        assertTrue(sneakSource.body().contains("project_id"), sneakSource.body());
        assertFalse(ids(out.get("/v1/orgs/" + team.orgId() + "/sources")).contains(src));
        assertFalse(ids(out.get("/v1/workspaces/" + team.orgId() + "/projects")).contains(project));
        assertFalse(ids(out.get("/v1/workflows?limit=100")).contains(wf));
        assertFalse(ids(out.get("/v1/executions?limit=100")).contains(exec));
        assertEquals(0, counts(out), "the history's counts leave it out");

        for (Api sees : List.of(owner, wsAdmin.api(), inside.api())) {
            assertEquals(200, sees.get("/v1/projects/" + project).status());
            assertEquals(200, sees.get("/v1/data_stores/" + store + "/records").status());
            assertEquals(200, sees.get("/v1/executions/" + exec).status());
            assertEquals(project, data(sees.get("/v1/sources/" + src)).getString("project_id"));
            assertTrue(ids(sees.get("/v1/workspaces/" + team.orgId() + "/projects")).contains(project));
            assertTrue(ids(sees.get("/v1/workflows?limit=100")).contains(wf));
            assertTrue(ids(sees.get("/v1/executions?limit=100")).contains(exec));
            assertEquals(1, counts(sees));
            assertEquals(1, sees.get("/v1/projects/" + project + "/env_vars").json().getJsonArray("data").size());
        }
        assertEquals(List.of(inside.id()), data(wsAdmin.api().get("/v1/projects/" + project + "/access"))
                .getJsonArray("members").stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList());

        // lifting the restriction gives access back
        data(wsAdmin.api().put("/v1/projects/" + project + "/access", "{\"restricted\":false,\"members\":[]}"));
        assertEquals(200, out.get("/v1/workflows/" + wf).status());
        assertEquals(200, out.get("/v1/executions/" + exec).status());
        assertTrue(ids(out.get("/v1/workspaces/" + team.orgId() + "/projects")).contains(project));
        assertEquals(1, counts(out));
    }

    @Test
    void onlyTheCreatorAdminsAndTheOwnerManageAccessAndDelete() {
        Workspaces.Tenant team = Workspaces.create(admin, "pa-manage");
        Users.TestUser wsAdmin = Users.create(admin, "pa-m-admin", null, team.orgId(), false, "admin");
        Users.TestUser creator = Users.create(admin, "pa-m-creator", null, team.orgId(), false, "member");
        Users.TestUser member = Users.create(admin, "pa-m-member", null, team.orgId(), false, "member");
        String projects = "/v1/workspaces/" + team.orgId() + "/projects";
        String project = data(creator.api().post(projects, "{\"name\":\"Shared\"}")).getString("id");
        String access = "/v1/projects/" + project + "/access";

        assertEquals(200, member.api().get(access).status(), "a member who sees the project reads its access");
        assertForbidden(member.api().put(access, "{\"restricted\":true,\"members\":[\"" + member.id() + "\"]}"));
        assertForbidden(member.api().delete("/v1/projects/" + project));
        assertEquals("Renamed", data(member.api().put("/v1/projects/" + project, "{\"name\":\"Renamed\"}")).getString("name"),
                "members who see a project may rename it");

        data(creator.api().put(access, "{\"restricted\":true,\"members\":[\"" + member.id() + "\"]}"));
        assertForbidden(member.api().put(access, "{\"restricted\":false}"));
        data(wsAdmin.api().put(access, "{\"restricted\":true,\"members\":[]}"));
        assertNotFound(member.api().get("/v1/projects/" + project));
        assertEquals(200, creator.api().get("/v1/projects/" + project).status(), "the creator always has access");
        data(team.api().put(access, "{\"restricted\":true,\"members\":[\"" + wsAdmin.id() + "\"]}"));

        Api.Reply log = team.api().get("/v1/workspaces/" + team.orgId() + "/audit_log?action=project.access_changed&limit=100");
        assertEquals(200, log.status(), log.body());
        assertEquals(3, log.json().getJsonArray("data").size(), log.body());
        assertTrue(log.body().contains(wsAdmin.id()), "the audit event names the members");
        assertEquals(1, team.api().get("/v1/workspaces/" + team.orgId() + "/audit_log?action=project.renamed")
                .json().getJsonArray("data").size());

        assertForbidden(member.api().put("/v1/projects/" + team.projectId() + "/access", "{\"restricted\":true}"));
        assertEquals(204, creator.api().delete("/v1/projects/" + project).status());
        assertEquals(1, team.api().get("/v1/workspaces/" + team.orgId() + "/audit_log?action=project.deleted")
                .json().getJsonArray("data").size());
        assertEquals(1, team.api().get("/v1/workspaces/" + team.orgId() + "/audit_log?action=project.created")
                .json().getJsonArray("data").size());
    }

    @Test
    void oauthTokensSeeUnrestrictedProjectsOnly() {
        Workspaces.Tenant team = Workspaces.create(admin, "pa-oauth");
        String project = data(team.api().post("/v1/workspaces/" + team.orgId() + "/projects", "{\"name\":\"Closed\"}"))
                .getString("id");
        data(team.api().put("/v1/projects/" + project + "/access", "{\"restricted\":true,\"members\":[]}"));
        JsonObject client = data(team.api().post("/v1/workspaces/" + team.orgId() + "/oauth_clients", "{\"name\":\"pa\"}"));
        Api.Reply token = team.api().post("/v1/oauth/token", Json.createObjectBuilder().add("grant_type", "client_credentials")
                .add("client_id", client.getString("client_id")).add("client_secret", client.getString("client_secret"))
                .build().toString());
        assertEquals(200, token.status(), token.body());
        Api bot = team.api().as(token.json().getString("access_token"));
        assertNotFound(bot.get("/v1/projects/" + project));
        assertEquals(200, bot.get("/v1/projects/" + team.projectId()).status());
        assertEquals(List.of(team.projectId()), ids(bot.get("/v1/workspaces/" + team.orgId() + "/projects")));
    }

    private static long counts(Api api) {
        return data(api.get("/v1/executions/counts")).getJsonNumber("total").longValue();
    }
}
