package io.millrace.it.identity;

import static io.millrace.it.support.Replies.assertBadInput;
import static io.millrace.it.support.Replies.assertForbidden;
import static io.millrace.it.support.Replies.assertNotFound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Users;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A workspace's audit log through the real server: each change made through the API appears with its actor,
 * target, address and time; env var values and client secrets never do; filters and cursor pages work; only the
 * workspace's admins may read it.
 */
class AuditLogIT {
    private final Api admin = Api.server();
    /** An admin of a workspace of its own, so that its log holds only what this test does. */
    private final Users.TestUser ops = Users.create(admin, "auditor", null, null, true);
    private final String log = "/v1/workspaces/" + ops.orgId() + "/audit_log";

    @Test
    void everyChangeAppearsWithActorTargetAddressAndTimeAndNoSecret() {
        Instant start = Instant.now().minusSeconds(1);
        Api api = ops.api();
        String wf = created(api.post("/v1/workflows", """
                {"name": "audited", "triggers": [{"type": "http"}],
                 "steps": [{"name": "a", "code": "export default defineComponent({ async run() { return 1 } })"}]}"""))
                .getString("id");
        assertEquals(200, api.put("/v1/workflows/" + wf, """
                {"steps": [{"name": "a", "code": "export default defineComponent({ async run() { return 2 } })"}]}""")
                .status());
        assertEquals(204, api.delete("/v1/workflows/" + wf).status());

        String value = "value-never-logged-" + System.nanoTime();
        String envVars = "/v1/workspaces/" + ops.orgId() + "/env_vars";
        String ev = created(api.post(envVars, "{\"key\":\"AUDITED_KEY\",\"value\":\"" + value + "\",\"secret\":false}"))
                .getString("id");
        assertEquals(204, api.delete(envVars + "/" + ev).status());

        JsonObject client = created(api.post("/v1/workspaces/" + ops.orgId() + "/oauth_clients", "{\"name\":\"ci\"}"));
        String clientId = client.getString("client_id");
        assertEquals(204, api.delete("/v1/workspaces/" + ops.orgId() + "/oauth_clients/" + clientId).status());
        Instant end = Instant.now().plusSeconds(1);

        Api.Reply reply = api.get(log + "?limit=100");
        assertEquals(200, reply.status(), reply.body());
        assertFalse(reply.body().contains(value), "an env var's value is never in the log: " + reply.body());
        assertFalse(reply.body().contains(client.getString("client_secret")), "nor a client secret");
        List<JsonObject> events = reply.json().getJsonArray("data").getValuesAs(JsonObject.class);
        List<String> actions = events.stream().map(e -> e.getString("action")).toList();
        assertEquals(List.of("oauth_client.deleted", "oauth_client.created", "env_var.deleted", "env_var.set",
                "workflow.deleted", "workflow.deployed", "workflow.created"), actions.subList(0, 7), "newest first");
        // one transaction of POST /v1/admin/users: the same millisecond, in either order
        assertEquals(Set.of("user.created", "workspace.created"), Set.copyOf(actions.subList(7, 9)));
        List<String> targets = events.stream().map(e -> e.getJsonObject("target").getString("id")).toList();
        assertEquals(List.of(clientId, clientId, ev, ev, wf, wf, wf), targets.subList(0, 7));
        assertEquals(9, reply.json().getJsonObject("page_info").getInt("total_count"));

        for (JsonObject e : events.subList(0, 7)) {
            assertEquals(Set.of("id", "org_id", "occurred_at", "action", "actor", "target", "source_address",
                    "details"), e.keySet());
            assertEquals(ops.orgId(), e.getString("org_id"));
            JsonObject actor = e.getJsonObject("actor");
            assertEquals("user", actor.getString("type"), e.toString());
            assertEquals(ops.id(), actor.getString("id"));
            assertEquals(ops.data().getString("username"), actor.getString("name"));
            String address = e.getString("source_address");
            assertTrue(address.equals("127.0.0.1") || address.contains(":"), "the client's address: " + address);
            Instant at = Instant.parse(e.getString("occurred_at"));
            assertTrue(!at.isBefore(start) && !at.isAfter(end), at.toString());
        }
        JsonObject envSet = events.get(3).getJsonObject("details");
        assertEquals("AUDITED_KEY", envSet.getString("key"), "the name is recorded");
        assertEquals(2, events.get(5).getJsonObject("details").getInt("version"));
        assertEquals("ci", events.get(1).getJsonObject("details").getString("name"));
        // made by the server's admin through POST /v1/admin/users, in the new workspace's log
        assertEquals(admin.get("/v1/users/me").json().getJsonObject("data").getString("id"),
                events.get(7).getJsonObject("actor").getString("id"));
        assertEquals(ops.id(), events.stream().filter(e -> e.getString("action").equals("user.created")).findFirst()
                .orElseThrow().getJsonObject("target").getString("id"));
    }

    @Test
    void filtersAndCursorPagesWork() {
        Api api = ops.api();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(created(api.post("/v1/workflows", "{\"name\":\"f" + i + "\",\"triggers\":[],\"steps\":[]}"))
                    .getString("id"));
        }
        String envVars = "/v1/workspaces/" + ops.orgId() + "/env_vars";
        created(api.post(envVars, "{\"key\":\"FILTERED\",\"value\":\"v\"}"));

        assertEquals(3, count(api.get(log + "?action=workflow.created")));
        assertEquals(3, count(api.get(log + "?action=workflow.")));
        assertEquals(1, count(api.get(log + "?action=env_var.")));
        assertEquals(0, count(api.get(log + "?action=workflow.deleted")));
        assertEquals(1, count(api.get(log + "?target_id=" + ids.get(1))));
        assertEquals(4, count(api.get(log + "?actor_id=" + ops.id())));
        assertEquals(0, count(api.get(log + "?since=2999-01-01T00:00:00Z")));
        assertEquals(0, count(api.get(log + "?until=2000-01-01")));
        assertEquals(4, count(api.get(log + "?actor_id=" + ops.id() + "&since=2000-01-01T00:00:00%2B02:00")));

        // cursor pages over the caller's four events (three workflows, one env var): 2 + 2, then an empty page
        String filter = "&actor_id=" + ops.id();
        Set<String> seen = new HashSet<>();
        JsonObject first = api.get(log + "?limit=2" + filter).json();
        assertEquals(4, first.getJsonObject("page_info").getInt("total_count"));
        String after = first.getJsonObject("page_info").getString("end_cursor");
        first.getJsonArray("data").getValuesAs(JsonObject.class).forEach(e -> seen.add(e.getString("id")));
        JsonObject second = api.get(log + "?limit=2&after=" + after + filter).json();
        assertEquals(2, second.getJsonArray("data").size());
        second.getJsonArray("data").getValuesAs(JsonObject.class).forEach(e -> assertTrue(seen.add(e.getString("id"))));
        assertEquals(ids.get(0), second.getJsonArray("data").getJsonObject(1).getJsonObject("target").getString("id"),
                "the oldest last");
        JsonObject third = api.get(log + "?limit=2&after=" + second.getJsonObject("page_info").getString("end_cursor")
                + filter).json();
        assertEquals(0, third.getJsonArray("data").size());
        JsonObject back = api.get(log + "?limit=2&before=" + second.getJsonObject("page_info").getString("start_cursor")
                + filter).json();
        assertEquals(first.getJsonArray("data"), back.getJsonArray("data"), "before goes back to the newer page");
    }

    @Test
    void onlyAdminsAndTheOwnerReadTheirOwnWorkspacesLog() {
        Workspaces.Tenant tenant = Workspaces.create(admin, "audit-member");
        String tenantLog = "/v1/workspaces/" + tenant.orgId() + "/audit_log";
        assertEquals(200, tenant.api().get(tenantLog).status(), "the workspace's owner reads it");
        Users.TestUser member = Users.create(admin, "audit-plain", null, tenant.orgId(), false);
        assertForbidden(member.api().get(tenantLog));
        Users.TestUser manager = Users.create(admin, "audit-admin", null, tenant.orgId(), false, "admin");
        assertEquals(200, manager.api().get(tenantLog).status(), "an admin of the workspace reads it");
        assertNotFound(ops.api().get("/v1/workspaces/" + tenant.orgId() + "/audit_log"));
        assertNotFound(ops.api().get("/v1/workspaces/o_nonexistent/audit_log"));
        assertNotFound(admin.get("/v1/workspaces/" + tenant.orgId() + "/audit_log"));
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        assertBadInput(ops.api().get(log + "?since=yesterday"), "since");
        assertBadInput(ops.api().get(log + "?until=2026-13-40"), "until");
        assertBadInput(ops.api().get(log + "?action=workflow.%25"), "action");
        assertBadInput(ops.api().get(log + "?limit=0"), "limit");
        assertBadInput(ops.api().get(log + "?after=!!"), "after");
        assertBadInput(ops.api().get(log + "?actorid=x"), "actorid");
    }

    @Test
    void anOAuthClientsChangesAndWrongSecretsNameTheClient() {
        Api api = ops.api();
        JsonObject client = created(api.post("/v1/workspaces/" + ops.orgId() + "/oauth_clients", "{\"name\":\"bot\"}"));
        String id = client.getString("client_id");
        Api.Reply token = api.raw(api.request("/v1/oauth/token").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"grant_type": "client_credentials", "client_id": "%s", "client_secret": "%s"}"""
                        .formatted(id, client.getString("client_secret")))));
        assertEquals(200, token.status(), token.body());
        Api bot = api.as(token.json().getString("access_token"));
        String wf = created(bot.post("/v1/workflows", "{\"name\":\"by-bot\",\"triggers\":[],\"steps\":[]}")).getString("id");
        Api.Reply wrong = api.raw(api.request("/v1/oauth/token").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"grant_type": "client_credentials", "client_id": "%s", "client_secret": "wrong"}"""
                        .formatted(id))));
        assertEquals(401, wrong.status());

        JsonObject made = api.get(log + "?target_id=" + wf).json().getJsonArray("data").getJsonObject(0);
        assertEquals("oauth_client", made.getJsonObject("actor").getString("type"));
        assertEquals(id, made.getJsonObject("actor").getString("id"));
        JsonObject failed = api.get(log + "?action=auth.failed").json().getJsonArray("data").getJsonObject(0);
        assertEquals(id, failed.getJsonObject("target").getString("id"));
        assertEquals("oauth_client", failed.getJsonObject("actor").getString("type"));
        assertFalse(failed.toString().contains("wrong\""), "the secret sent is not recorded");
        assertForbidden(bot.get(log));
    }

    @Test
    void apiKeyChangesAreAuditedWithoutTheirSecrets() {
        Api api = ops.api();
        JsonObject key = created(api.post("/v1/users/me/api_keys", "{\"name\":\"deploy\"}"));
        JsonObject rotated = created(api.post("/v1/users/me/api_keys/" + key.getString("id") + "/rotate", ""));
        assertEquals(204, api.delete("/v1/users/me/api_keys/" + key.getString("id")).status());

        Api.Reply reply = api.get(log + "?action=api_key.&limit=10");
        assertEquals(200, reply.status(), reply.body());
        assertFalse(reply.body().contains(key.getString("api_key")) || reply.body().contains(rotated.getString("api_key")),
                "a key's secret is never in the log: " + reply.body());
        List<JsonObject> events = reply.json().getJsonArray("data").getValuesAs(JsonObject.class);
        assertEquals(List.of("api_key.revoked", "api_key.rotated", "api_key.created"),
                events.stream().map(e -> e.getString("action")).toList());
        for (JsonObject e : events) {
            assertEquals(key.getString("id"), e.getJsonObject("target").getString("id"));
            assertEquals("api_key", e.getJsonObject("target").getString("type"));
            assertEquals("deploy", e.getJsonObject("details").getString("name"));
            assertEquals(ops.id(), e.getJsonObject("actor").getString("id"));
        }
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonObject("data");
    }

    private static int count(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("data").size();
    }
}
