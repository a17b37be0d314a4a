package io.millrace.it.execution;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Users;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/**
 * HTTP trigger authorization (seed: "Authorizing HTTP requests"): a static custom token or the workspace's OAuth
 * tokens, as {@code Authorization: Bearer}; anything else is a 401 with the JSON error and runs nothing.
 */
class HttpTriggerAuthIT {
    private static final String TOKEN = "my-Static-token-42";
    private final Api api = Api.server();

    @Test
    void aCustomTokenTriggerRunsOnlyWithItsBearerToken() {
        JsonObject wf = create("token-guarded", "{\"type\": \"custom_token\", \"token\": \"" + TOKEN + "\"}");
        JsonObject trigger = wf.getJsonArray("triggers").getJsonObject(0);
        assertEquals("custom_token", trigger.getJsonObject("auth").getString("type"));
        assertFalse(wf.toString().contains(TOKEN), "the token is never shown");
        String url = Api.endpoint(wf);

        assertUnauthorized(api.raw(api.request(url).POST(HttpRequest.BodyPublishers.ofString("{}"))));
        assertUnauthorized(api.raw(api.request(url).header("Authorization", "Bearer wrong-token-123").GET()));
        // the right token in the wrong place
        assertUnauthorized(api.raw(api.request(url).header("X-Token", TOKEN).GET()));
        assertUnauthorized(api.raw(api.request(url).header("Authorization", TOKEN).GET()));
        assertUnauthorized(api.raw(api.request(url).header("Authorization", "Basic " + TOKEN).GET()));
        assertUnauthorized(api.raw(api.request(url + "?token=" + TOKEN).GET()));
        assertEquals(0, executions(wf), "refused requests run nothing");

        Api.Reply ok = api.raw(api.request(url).header("Authorization", "Bearer " + TOKEN).GET());
        assertEquals(200, ok.status(), ok.body());
        assertEquals("success", api.awaitFinished(wf.getString("id")).getString("status"));
        assertEquals(1, executions(wf));

        // A body read back from GET (no token in it) keeps the token.
        JsonObject read = api.get("/v1/workflows/" + wf.getString("id")).json().getJsonObject("data");
        Api.Reply put = api.put("/v1/workflows/" + wf.getString("id"), read.toString());
        assertEquals(200, put.status(), put.body());
        assertUnauthorized(api.raw(api.request(url).GET()));
        assertEquals(200, api.raw(api.request(url).header("Authorization", "bearer " + TOKEN).GET()).status());
    }

    @Test
    void anOAuthTriggerTakesTheWorkspacesAccessTokensOnly() {
        JsonObject wf = create("oauth-guarded", "{\"type\": \"oauth\"}");
        assertEquals("oauth", wf.getJsonArray("triggers").getJsonObject(0).getJsonObject("auth").getString("type"));
        JsonObject open = api.createHttpWorkflow("public-" + System.nanoTime(), "[]");
        assertFalse(open.getJsonArray("triggers").getJsonObject(0).containsKey("auth"), "a public trigger has no auth");
        String url = Api.endpoint(wf);
        String token = accessToken(api, Workspaces.orgOf(api));
        Api.Reply ok = api.raw(api.request(url).header("Authorization", "Bearer " + token).GET());
        assertEquals(200, ok.status(), ok.body());

        Users.TestUser other = Users.inNewWorkspace(api, "oauth-other");
        String foreign = accessToken(other.api(), other.orgId());
        assertUnauthorized(api.raw(api.request(url).header("Authorization", "Bearer " + foreign).GET()));
        assertUnauthorized(api.raw(api.request(url).header("Authorization", "Bearer not-a-token").GET()));
        assertUnauthorized(api.raw(api.request(url).GET()));
        assertEquals(1, executions(wf));
    }

    @Test
    void badAuthSettingsAreRefusedNamingTheField() {
        assertBad("{\"type\": \"basic\"}", "triggers[0].auth.type");
        assertBad("{\"type\": \"custom_token\"}", "triggers[0].auth.token");
        assertBad("{\"type\": \"custom_token\", \"token\": \"short\"}", "triggers[0].auth.token");
        assertBad("{\"type\": \"oauth\", \"token\": \"" + TOKEN + "\"}", "triggers[0].auth.token");
        assertBad("{\"type\": \"oauth\", \"extra\": 1}", "triggers[0].auth.extra");
    }

    private JsonObject create(String name, String auth) {
        Api.Reply r = api.post("/v1/workflows", "{\"name\": \"" + name + "\", \"triggers\": [{\"type\": \"http\", \"auth\": "
                + auth + "}], \"steps\": " + steps(step("s", "export default defineComponent({ async run() { return 1 } })"))
                + "}");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private void assertBad(String auth, String field) {
        Api.Reply r = api.post("/v1/workflows", "{\"name\": \"bad-auth\", \"triggers\": [{\"type\": \"http\", \"auth\": "
                + auth + "}], \"steps\": []}");
        assertEquals(400, r.status(), r.body());
        assertEquals(field, r.error().getString("field"), r.body());
    }

    private static void assertUnauthorized(Api.Reply r) {
        assertEquals(401, r.status(), r.body());
        assertEquals(401, r.json().getJsonObject("error").getInt("status"));
        assertTrue(r.json().getJsonObject("error").getString("message").startsWith("Unauthorized"), r.body());
        assertEquals("Bearer", r.header("www-authenticate"));
    }

    private int executions(JsonObject wf) {
        return api.get("/v1/workflows/" + wf.getString("id") + "/executions?limit=100").json().getJsonArray("data").size();
    }

    static String accessToken(Api as, String org) {
        Api.Reply client = as.post("/v1/workspaces/" + org + "/oauth_clients", "{\"name\": \"trigger-caller-" + System.nanoTime() + "\"}");
        assertEquals(200, client.status(), client.body());
        JsonObject c = client.json().getJsonObject("data");
        Api.Reply token = as.raw(as.request("/v1/oauth/token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\": \"client_credentials\", \"client_id\": \""
                        + c.getString("client_id") + "\", \"client_secret\": \"" + c.getString("client_secret") + "\"}")));
        assertEquals(200, token.status(), token.body());
        return token.json().getString("access_token");
    }
}
