package io.millrace.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.ProfileServer;
import io.millrace.it.support.ZipResource;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, existing data migrates: a server of this build starts on the data directory of a server of
 * an older commit (the fixture {@code src/test/resources/migration/data.zip}, its ids, keys and secrets in
 * {@code facts.json} beside it; both made by {@code make-fixture.sh} there) and everything made on the old
 * server still works through the API. One server for the whole class, on free ports beside the suite's.
 */
class MigrationIT {
    private static final JsonObject FACTS = readFacts();
    private static final List<String> USERS = List.of("admin", "second_admin", "member", "second_workspace_owner");

    private static ProfileServer server;
    private static Api admin;

    @BeforeAll
    static void startOnTheOldData() throws IOException {
        // the fixture's audit events keep their age: a retention longer than the fixture's life keeps them
        server = new ProfileServer("millrace-migration-it", List.of("MILLRACE_AUDIT_RETENTION_DAYS=36500"));
        ZipResource.unpack("/migration/data.zip", server.dataDirectory());
        server.start();
        admin = server.api().as(user("admin").getString("api_key"));
    }

    @AfterAll
    static void removeServerAndData() throws IOException {
        if (server != null) {
            server.remove();
        }
    }

    @Test
    void everyOldKeyAuthenticatesAsTheSameUserInTheSameWorkspace() {
        for (String name : USERS) {
            JsonObject user = user(name);
            assertMe(user, user.getString("api_key"));
            for (JsonValue key : user.getJsonArray("named_keys")) {
                assertMe(user, key.asJsonObject().getString("api_key"));
            }
        }
    }

    @Test
    void namedKeysAreStillListedAndAKeyNeverUsedBeforeBecomesDefault() {
        JsonObject laptop = user("admin").getJsonArray("named_keys").getJsonObject(0);
        assertEquals("laptop", keyNames(admin).get(laptop.getString("id")));

        JsonObject member = user("member");
        Api asMember = admin.as(member.getString("api_key"));
        assertEquals(200, asMember.get("/v1/users/me").status());
        assertEquals(List.of("default"), List.copyOf(keyNames(asMember).values()),
                "the member's key from before named keys, first used after the upgrade");
    }

    @Test
    void theDefaultWorkspaceKeepsItsId() {
        String org = FACTS.getJsonObject("default_workspace").getString("id");
        Api.Reply reply = admin.get("/v1/workspaces/" + org);
        assertEquals(200, reply.status(), reply.body());
        assertEquals(org, reply.json().getJsonObject("data").getString("id"));
        assertEquals("default", reply.json().getJsonObject("data").getString("orgname"));
    }

    @Test
    void theSecondWorkspacesUserSeesOnlyItsWorkspace() {
        JsonObject second = FACTS.getJsonObject("second_workspace");
        Api owner = admin.as(user("second_workspace_owner").getString("api_key"));

        assertEquals(Set.of(second.getString("workflow_id")), workflowIds(owner));
        assertEquals(404, owner.get("/v1/workspaces/" + FACTS.getJsonObject("default_workspace").getString("id")).status());
        assertEquals(404, owner.get("/v1/workflows/" + FACTS.getJsonObject("workflow").getString("id")).status());
        assertEquals(404, owner.get("/v1/data_stores/" + FACTS.getJsonObject("data_store").getString("id")).status());
        assertEquals(200, owner.get("/v1/workspaces/" + second.getString("id")).status());
    }

    @Test
    void theWorkflowRunsANewExecutionWithItsVariablesAndStore() {
        JsonObject facts = FACTS.getJsonObject("workflow");
        String id = facts.getString("id");
        assertTrue(workflowIds(admin).contains(id), "the workflow is listed");
        JsonObject workflow = admin.get("/v1/workflows/" + id).json().getJsonObject("data");
        assertEquals(facts.getInt("version"), workflow.getInt("version"));
        assertEquals(facts.getString("trigger_key"), workflow.getJsonArray("triggers").getJsonObject(0).getString("key"));

        Api.Reply accepted = admin.raw(admin.request("/e/" + facts.getString("trigger_key"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"after the upgrade\"}")));
        assertEquals(200, accepted.status(), accepted.body());
        Set<String> old = strings(facts.getJsonArray("execution_ids"));
        JsonObject execution = admin.awaitExecution(id, e -> !old.contains(e.getString("id"))
                && !Set.of("queued", "executing").contains(e.getString("status")));
        assertEquals("success", execution.getString("status"), execution.toString());

        JsonObject result = execution.getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value");
        assertEquals(envVar("secret").getString("value"), result.getString("greeting"), "the secret still decrypts");
        assertEquals(envVar("plain").getString("value"), result.getString("plain"));
        assertEquals("teal", result.getString("color"), "the step reads the data store");
        assertEquals("after the upgrade", result.getString("name"));
    }

    @Test
    void theOldDeploymentsListAsVersionsWithoutAuthorAndDiff() {
        JsonObject facts = FACTS.getJsonObject("workflow");
        String id = facts.getString("id");
        int version = facts.getInt("version");
        Api.Reply listed = admin.get("/v1/workflows/" + id + "/versions?limit=100");
        assertEquals(200, listed.status(), listed.body());
        var versions = listed.json().getJsonArray("data");
        assertEquals(version, versions.size(), listed.body());
        JsonObject live = versions.getJsonObject(0);
        assertEquals(version, live.getInt("version"));
        assertTrue(live.getBoolean("live"));
        assertTrue(live.isNull("author_id"), "stored before versions had authors");
        assertTrue(live.isNull("message"));
        JsonObject full = admin.get("/v1/workflows/" + id + "/versions/" + version).json().getJsonObject("data");
        assertEquals(admin.get("/v1/workflows/" + id).json().getJsonObject("data").getJsonArray("steps"),
                full.getJsonArray("steps"));
        assertEquals(200, admin.get("/v1/workflows/" + id + "/diff?from=1&to=" + version).status());
        assertEquals(404, admin.get("/v1/workflows/" + id + "/draft").status());
    }

    @Test
    void oldExecutionsAreListedWithTheirResults() {
        JsonObject facts = FACTS.getJsonObject("workflow");
        Map<String, String> statuses = admin.get("/v1/workflows/" + facts.getString("id") + "/executions?limit=100")
                .json().getJsonArray("data").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(e -> e.getString("id"), e -> e.getString("status")));
        for (String old : strings(facts.getJsonArray("execution_ids"))) {
            assertEquals("success", statuses.get(old), old + " in " + statuses);
            JsonObject execution = admin.get("/v1/executions/" + old).json().getJsonObject("data");
            assertEquals(envVar("secret").getString("value"),
                    execution.getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value").getString("greeting"));
        }
    }

    @Test
    void oldExecutionsGetTheirWorkspaceAndTheNewHistoryIndexes() throws IOException {
        // the fixture predates MR_EXECUTION.workspaceId and its indexes: the start-up adds the indexes (EclipseLink
        // adds only columns to an existing table) and fills the column, so the workspace's history finds them
        String log = java.nio.file.Files.readString(server.dataDirectory().getParent().resolve("logs/messages.log"));
        for (String index : List.of("MR_EXECUTION_WS_STATUS", "MR_EXECUTION_WS_TIME", "MR_EXECUTION_WF_STATUS")) {
            assertTrue(log.contains("created the missing index " + index), index + " not created at start-up");
        }
        JsonObject facts = FACTS.getJsonObject("workflow");
        Set<String> listed = admin.get("/v1/executions?status=success&limit=100").json().getJsonArray("data").stream()
                .map(e -> e.asJsonObject().getString("id")).collect(Collectors.toSet());
        Set<String> old = strings(facts.getJsonArray("execution_ids"));
        assertTrue(listed.containsAll(old), "the workspace's history " + listed + " lacks some of " + old);
        assertTrue(admin.get("/v1/executions/counts").json().getJsonObject("data").getInt("success") >= old.size());
    }

    @Test
    void environmentVariablesKeepTheirKeysAndValues() {
        JsonObject secret = readEnvVar(envVar("secret"));
        assertEquals("MIGRATION_GREETING", secret.getString("key"));
        assertTrue(secret.getBoolean("secret"));
        assertEquals(JsonValue.NULL, secret.get("value"), "a secret's value is never shown");

        JsonObject plain = readEnvVar(envVar("plain"));
        assertEquals(envVar("plain").getString("value"), plain.getString("value"), "decrypted with the old key");
    }

    @Test
    void dataStoreRecordsReadBack() {
        JsonObject store = FACTS.getJsonObject("data_store");
        Api.Reply reply = admin.get("/v1/data_stores/" + store.getString("id") + "/records?limit=100");
        assertEquals(200, reply.status(), reply.body());
        Map<String, JsonValue> records = reply.json().getJsonArray("data").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(r -> r.getString("key"), r -> r.get("value")));
        Map<String, JsonValue> expected = store.getJsonArray("records").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(r -> r.getString("key"), r -> r.get("value")));
        assertEquals(expected, records);
        assertEquals(store.getString("name"), admin.get("/v1/data_stores/" + store.getString("id")).json()
                .getJsonObject("data").getString("name"));
    }

    @Test
    void theOAuthClientStillIssuesATokenForItsWorkspace() {
        JsonObject client = FACTS.getJsonObject("oauth_client");
        Api.Reply token = admin.raw(admin.request("/v1/oauth/token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("grant_type", "client_credentials").add("client_id", client.getString("client_id"))
                        .add("client_secret", client.getString("client_secret")).build().toString())));
        assertEquals(200, token.status(), token.body());
        Api asClient = admin.as(token.json().getString("access_token"));
        assertTrue(workflowIds(asClient).contains(FACTS.getJsonObject("workflow").getString("id")));
    }

    @Test
    void theAuditLogIsKept() {
        String org = FACTS.getJsonObject("default_workspace").getString("id");
        Api.Reply all = admin.get("/v1/workspaces/" + org + "/audit_log?limit=1");
        assertEquals(200, all.status(), all.body());
        assertTrue(all.json().getJsonObject("page_info").getInt("total_count") >= FACTS.getInt("audit_log_total"), all.body());

        JsonObject event = admin.get("/v1/workspaces/" + org + "/audit_log?target_id=" + envVar("secret").getString("id"))
                .json().getJsonArray("data").getJsonObject(0);
        assertEquals("env_var.set", event.getString("action"));
        assertEquals(user("admin").getString("id"), event.getJsonObject("actor").getString("id"));
    }

    /**
     * After the upgrade each user of the fixture is a member of its workspace with the role the facts give:
     * the default workspace's first admin its owner, the other admin an admin, the non-admin a member, and
     * the second workspace's only user the owner of that workspace; members lists agree, and audit-log
     * access follows the role.
     */
    @Test
    void everyUserBecomesAMemberOfItsWorkspaceWithItsRole() {
        for (String name : USERS) {
            JsonObject user = user(name);
            String userId = user.getString("id");
            String org = user.getString("org_id");
            Api api = admin.as(user.getString("api_key"));
            JsonObject onlyOrg = api.get("/v1/users/me").json().getJsonObject("data").getJsonArray("orgs").getJsonObject(0);
            assertEquals(org, onlyOrg.getString("id"), name);
            assertEquals(user.getString("expected_role"), onlyOrg.getString("role"), name);
            Api.Reply member = api.get("/v1/workspaces/" + org + "/members/" + userId);
            assertEquals(200, member.status(), member.body());
            assertEquals(user.getString("expected_role"), member.json().getJsonObject("data").getString("role"), name);
            int audit = api.get("/v1/workspaces/" + org + "/audit_log").status();
            assertEquals(user.getString("expected_role").equals("member") ? 403 : 200, audit, name);
        }
        String defaultOrg = user("admin").getString("org_id");
        List<String> members = admin.get("/v1/workspaces/" + defaultOrg + "/members").json().getJsonArray("data")
                .stream().map(m -> m.asJsonObject().getString("id")).toList();
        assertEquals(List.of(user("admin").getString("id"), user("second_admin").getString("id"),
                user("member").getString("id")), members, "oldest first, nobody from the other workspace");
    }

    private static void assertMe(JsonObject user, String key) {
        Api.Reply me = admin.as(key).get("/v1/users/me");
        assertEquals(200, me.status(), user.getString("username") + ": " + me.body());
        JsonObject data = me.json().getJsonObject("data");
        assertEquals(user.getString("id"), data.getString("id"));
        assertEquals(user.getString("username"), data.getString("username"));
        assertEquals(user.getBoolean("admin"), data.getBoolean("admin"));
        assertEquals(List.of(user.getString("org_id")), data.getJsonArray("orgs").stream()
                .map(o -> o.asJsonObject().getString("id")).toList());
    }

    /** The caller's keys, id to name, oldest first. */
    private static Map<String, String> keyNames(Api api) {
        Api.Reply reply = api.get("/v1/users/me/api_keys");
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("data").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(k -> k.getString("id"), k -> k.getString("name"), (a, b) -> a,
                        LinkedHashMap::new));
    }

    private static Set<String> workflowIds(Api api) {
        Api.Reply reply = api.get("/v1/workflows?limit=100");
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("data").stream().map(w -> w.asJsonObject().getString("id"))
                .collect(Collectors.toSet());
    }

    private static JsonObject readEnvVar(JsonObject facts) {
        String scope = facts.getString("scope").equals("workspace") ? "workspaces" : "projects";
        Api.Reply reply = admin.get("/v1/" + scope + "/" + facts.getString("scope_id") + "/env_vars/" + facts.getString("id"));
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonObject("data");
    }

    private static Set<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .collect(Collectors.toSet());
    }

    private static JsonObject user(String name) {
        return FACTS.getJsonObject("users").getJsonObject(name);
    }

    private static JsonObject envVar(String name) {
        return FACTS.getJsonObject("env_vars").getJsonObject(name);
    }

    private static JsonObject readFacts() {
        try (InputStream in = MigrationIT.class.getResourceAsStream("/migration/facts.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new AssertionError("cannot read /migration/facts.json: " + e, e);
        }
    }
}
