package io.millrace.it.identity;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.WorkflowLists;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The /v1 API needs {@code Authorization: Bearer <api key>}; trigger endpoints need nothing. */
class ApiAuthIT {
    private final Api api = Api.server();

    @Test
    void noAuthorizationHeaderGets401WithAJsonError() {
        Api.Reply reply = api.raw(api.request("/v1/users/me").GET());
        assertUnauthorized(reply);
    }

    @Test
    void aWrongKeyGets401() {
        Api.Reply reply = api.raw(api.request("/v1/users/me").header("Authorization", "Bearer not-the-key").GET());
        assertUnauthorized(reply);
        Api.Reply empty = api.raw(api.request("/v1/workflows").header("Authorization", "Bearer ").GET());
        assertUnauthorized(empty);
    }

    @Test
    void theRightKeyWithTheBasicSchemeGets401() {
        String basic = Base64.getEncoder().encodeToString(
                ("admin:" + System.getProperty("millrace.it.api.key")).getBytes(StandardCharsets.UTF_8));
        Api.Reply reply = api.raw(api.request("/v1/users/me").header("Authorization", "Basic " + basic).GET());
        assertUnauthorized(reply);
        Api.Reply bare = api.raw(api.request("/v1/users/me")
                .header("Authorization", System.getProperty("millrace.it.api.key")).GET());
        assertUnauthorized(bare);
    }

    @Test
    void aWriteWithoutTheKeyIsRefusedAndCreatesNothing() {
        String name = "unauthorized-" + System.nanoTime();
        Api.Reply reply = api.raw(api.request("/v1/workflows").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name": "%s", "triggers": [{"type": "http"}], "steps": []}""".formatted(name))));
        assertUnauthorized(reply);
        assertFalse(WorkflowLists.allNames(api).contains(name), "a workflow was created without a key");
    }

    @Test
    void usersMeDescribesTheAdminAndItsDefaultOrg() {
        Api.Reply reply = api.get("/v1/users/me");
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.header("content-type").startsWith("application/json"), reply.header("content-type"));
        JsonObject me = reply.json().getJsonObject("data");
        assertTrue(me.getString("id").matches("u_[0-9A-Za-z]{8}"), me.getString("id"));
        assertEquals("admin", me.getString("username"));
        assertTrue(me.containsKey("email"), "email is present, as null");
        assertEquals(JsonValue.NULL, me.get("email"));
        assertEquals(1, me.getJsonArray("orgs").size(), me.toString());
        JsonObject org = me.getJsonArray("orgs").getJsonObject(0);
        assertTrue(org.getString("id").matches("o_[0-9A-Za-z]{8}"), org.getString("id"));
        assertEquals("default", org.getString("name"));
        assertEquals("default", org.getString("orgname"));
    }

    @Test
    void theOrgOfUsersMeOwnsTheWorkflowsTheKeyCreates() {
        String orgId = Workspaces.orgOf(api);
        JsonObject wf = api.createHttpWorkflow("owned", steps(step("s",
                "export default defineComponent({ async run() { return 1 } })")));
        assertEquals(orgId, wf.getString("org_id"));
    }

    @Test
    void anUnknownPathUnderV1Gets404WithAJsonError() {
        Api.Reply reply = api.get("/v1/no-such-thing");
        assertEquals(404, reply.status(), reply.body());
        assertTrue(reply.header("content-type").startsWith("application/json"), reply.header("content-type"));
        assertEquals(404, reply.error().getInt("status"));
        assertFalse(reply.error().getString("message").isBlank());

        Api.Reply nested = api.get("/v1/workflows/p_whatever/no-such-thing");
        assertEquals(404, nested.status(), nested.body());
        assertEquals(404, nested.error().getInt("status"));
    }

    @Test
    void theHttpTriggerEndpointNeedsNoKey() {
        JsonObject wf = api.createHttpWorkflow("open-door", steps(step("s",
                "export default defineComponent({ async run({ steps }) { return steps.trigger.event.method } })")));
        Api.Reply reply = api.trigger(wf, "{\"a\":1}");
        assertEquals(200, reply.status(), reply.body());
        JsonObject ex = api.awaitFinished(wf.getString("id"));
        assertEquals("success", ex.getString("status"));
        assertEquals("POST", ex.getJsonArray("steps").getJsonObject(0).getString("$return_value"));
    }

    private static void assertUnauthorized(Api.Reply reply) {
        assertEquals(401, reply.status(), reply.body());
        assertTrue(reply.header("content-type").startsWith("application/json"), reply.header("content-type"));
        JsonObject error = reply.error();
        assertEquals(401, error.getInt("status"), reply.body());
        assertFalse(error.getString("message").isBlank(), reply.body());
    }
}
