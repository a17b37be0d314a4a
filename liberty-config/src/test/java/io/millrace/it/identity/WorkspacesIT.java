package io.millrace.it.identity;

import static io.millrace.it.support.Replies.assertForbidden;
import static io.millrace.it.support.Replies.assertNotFound;
import static io.millrace.it.support.Replies.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.JsCode;
import io.millrace.it.support.WorkflowLists;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * GET /v1/workspaces/{org_id}, GET /v1/users/me in the seeds' shapes, workspace provisioning by an
 * admin, and the isolation of workspaces: ids and org_ids of another workspace are 404, never 403.
 */
class WorkspacesIT {
    private static final Set<String> WORKSPACE_FIELDS = Set.of("id", "orgname", "name", "email",
            "daily_credits_quota", "daily_credits_used", "role");
    /**
     * GET /v1/workspaces/{org_id} adds the workspace's settings (Millrace's additions); its admins and owner also
     * see where error notifications go.
     */
    private static final Set<String> WITH_SETTINGS = Set.of("id", "orgname", "name", "email",
            "daily_credits_quota", "daily_credits_used", "role", "require_two_factor", "login_methods", "sso_domains",
            "notification_emails", "notification_webhook_url");

    private final Api admin = Api.server();
    private final String adminOrg = Workspaces.orgOf(admin);

    @Test
    void getAWorkspaceAnswersTheSeedsShape() {
        Api.Reply reply = admin.get("/v1/workspaces/" + adminOrg);
        assertEquals(200, reply.status(), reply.body());
        JsonObject w = reply.json().getJsonObject("data");
        assertEquals(WITH_SETTINGS, w.keySet());
        assertEquals(adminOrg, w.getString("id"));
        assertEquals("default", w.getString("orgname"));
        assertEquals("default", w.getString("name"));
        assertEquals(JsonValue.NULL, w.get("daily_credits_quota"));
        assertEquals(JsonValue.NULL, w.get("daily_credits_used"));
        assertEquals("owner", w.getString("role"), "Millrace's addition: the caller's role there");
    }

    @Test
    void usersMeAnswersTheSeedsShapeWithTodaysUsage() {
        Workspaces.Tenant t = Workspaces.create(admin, "me");
        JsonObject wf = t.api().createHttpWorkflow("counted", JsCode.steps(JsCode.step("s",
                "export default defineComponent({ async run() { return 1 } })")));
        assertEquals(200, t.api().trigger(wf).status());
        t.api().awaitFinished(wf.getString("id"));

        JsonObject me = t.api().get("/v1/users/me").json().getJsonObject("data");
        assertEquals(Set.of("id", "username", "email", "admin", "daily_compute_time_quota", "daily_compute_time_used",
                "daily_invocations_quota", "daily_invocations_used", "orgs", "two_factor_enabled"), me.keySet());
        assertEquals(t.userId(), me.getString("id"));
        assertFalse(me.getBoolean("admin"));
        assertTrue(me.getString("email").endsWith("@example.test"));
        assertEquals(JsonValue.NULL, me.get("daily_invocations_quota"));
        assertEquals(JsonValue.NULL, me.get("daily_compute_time_quota"));
        assertEquals(1, me.getJsonNumber("daily_invocations_used").longValue(), "one execution in this workspace today");
        assertTrue(me.getJsonNumber("daily_compute_time_used").longValue() >= 0);
        assertEquals(1, me.getJsonArray("orgs").size());
        JsonObject org = me.getJsonArray("orgs").getJsonObject(0);
        assertEquals(WORKSPACE_FIELDS, org.keySet());
        assertEquals(t.orgId(), org.getString("id"));
        assertTrue(admin.get("/v1/users/me").json().getJsonObject("data").getBoolean("admin"));
    }

    @Test
    void anotherWorkspacesIdsAre404NeverForbidden() {
        Workspaces.Tenant other = Workspaces.create(admin, "isolated");
        JsonObject mine = admin.createHttpWorkflow("not-theirs", "[]");
        String id = mine.getString("id");
        Api them = other.api();
        assertNotFound(them.get("/v1/workspaces/" + adminOrg));
        assertNotFound(admin.get("/v1/workspaces/" + other.orgId()));
        assertNotFound(admin.get("/v1/workspaces/o_nosuchws"));
        assertNotFound(them.get("/v1/workflows/" + id));
        assertNotFound(them.put("/v1/workflows/" + id, "{\"active\": false}"));
        assertNotFound(them.delete("/v1/workflows/" + id));
        assertNotFound(them.get("/v1/workflows/" + id + "/executions"));
        assertNotFound(them.get("/v1/workspaces/" + adminOrg + "/env_vars"));
        assertNotFound(them.get("/v1/workspaces/" + adminOrg + "/oauth_clients"));
        assertNotFound(them.post("/v1/workspaces/" + adminOrg + "/oauth_clients", "{\"name\": \"x\"}"));
        assertTrue(admin.get("/v1/workflows/" + id).json().getJsonObject("data").getBoolean("active"), "unchanged");

        Api.Reply theirs = them.get("/v1/workflows?limit=100");
        assertEquals(200, theirs.status());
        assertFalse(theirs.body().contains(id), "lists show only the caller's workspace");
        assertEquals(200, them.get("/v1/workspaces/" + other.orgId()).status());
    }

    @Test
    void orgIdNamesTheCallersWorkspaceInTheQueryOrTheBody() {
        Workspaces.Tenant other = Workspaces.create(admin, "org-id");
        assertEquals(200, admin.get("/v1/workflows?org_id=" + adminOrg).status());
        assertNotFound(admin.get("/v1/workflows?org_id=" + other.orgId()));
        assertNotFound(other.api().get("/v1/users/me?org_id=" + adminOrg));

        String name = "org-id-body-" + System.nanoTime();
        Api.Reply refused = other.api().post("/v1/workflows", """
                {"name": "%s", "org_id": "%s", "steps": []}""".formatted(name, adminOrg));
        assertNotFound(refused);
        assertFalse(WorkflowLists.allNames(admin).contains(name));
        assertFalse(WorkflowLists.allNames(other.api()).contains(name));

        Api.Reply created = other.api().post("/v1/workflows", """
                {"name": "%s", "org_id": "%s", "project_id": "%s", "steps": []}"""
                .formatted(name, other.orgId(), other.projectId()));
        assertEquals(200, created.status(), created.body());
        assertEquals(other.orgId(), created.json().getJsonObject("data").getString("org_id"));
        String id = created.json().getJsonObject("data").getString("id");
        assertEquals(200, other.api().put("/v1/workflows/" + id, """
                {"active": false, "org_id": "%s"}""".formatted(other.orgId())).status());
        assertRejected(other.api().post("/v1/workflows", "{\"name\": \"x\", \"org_id\": 5}"), 400, "org_id");
    }

    @Test
    void onlyAdminsProvisionWorkspacesAndBadInputNamesTheField() {
        Workspaces.Tenant t = Workspaces.create(admin, "provisioned");
        Api.Reply forbidden = t.api().post("/v1/admin/workspaces", "{\"name\": \"x\", \"username\": \"y\"}");
        assertForbidden(forbidden);

        String unique = "dup-" + System.nanoTime();
        Api.Reply first = admin.post("/v1/admin/workspaces", """
                {"name": "Dup %s", "orgname": "%s", "username": "%s"}""".formatted(unique, unique, unique));
        assertEquals(200, first.status(), first.body());
        JsonObject data = first.json().getJsonObject("data");
        assertEquals(unique, data.getJsonObject("workspace").getString("orgname"));
        Set<String> withoutRole = new java.util.HashSet<>(WORKSPACE_FIELDS);
        withoutRole.remove("role"); // the administrator who made it is no member of it
        assertEquals(withoutRole, data.getJsonObject("workspace").keySet());
        assertTrue(data.getString("api_key").startsWith("mr_"));
        assertRejected(admin.post("/v1/admin/workspaces", """
                {"name": "again", "orgname": "%s", "username": "%s-2"}""".formatted(unique, unique)), 400, "orgname");
        assertRejected(admin.post("/v1/admin/workspaces", """
                {"name": "again", "orgname": "%s-2", "username": "%s"}""".formatted(unique, unique)), 400, "username");
        assertRejected(admin.post("/v1/admin/workspaces", "{\"username\": \"nobody\"}"), 400, "name");
        assertRejected(admin.post("/v1/admin/workspaces", "{\"name\": \"n\"}"), 400, "username");
        assertRejected(admin.post("/v1/admin/workspaces", """
                {"name": "n", "orgname": "Not Valid", "username": "u%s"}""".formatted(unique)), 400, "orgname");
        assertRejected(admin.post("/v1/admin/workspaces", """
                {"name": "n", "username": "u", "plan": "gold"}"""), 400, "plan");
    }
}
