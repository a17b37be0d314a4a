package io.millrace.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Workspaces;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** Every 4xx under /v1 is the JSON error, without stack traces: JAX-RS's own errors included. */
class ApiErrorsIT {
    private static final String KEY = "Bearer " + System.getProperty("millrace.it.api.key");
    private final Api api = Api.server();

    @Test
    void unknownPathsAre404() {
        assertJsonError(api.get("/v1/nothing/here"), 404);
        assertJsonError(api.raw(api.request("/v1/nothing/here").GET()), 404);
        assertJsonError(api.get("/v1/workspaces"), 404);
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        Api.Reply reply = api.raw(api.request("/v1/workflows").header("Authorization", KEY)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")));
        assertJsonError(reply, 405);
        assertTrue(reply.header("allow").contains("GET") && reply.header("allow").contains("POST"), reply.header("allow"));
        assertJsonError(api.raw(api.request("/v1/users/me").header("Authorization", KEY)
                .DELETE()), 405);
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        assertJsonError(send("POST", "/v1/workflows", "text/plain", "{\"name\": \"plain\"}"), 415);
        assertJsonError(send("POST", "/v1/workflows", "application/x-www-form-urlencoded", "name=form"), 415);
        String org = Workspaces.orgOf(api);
        assertJsonError(send("POST", "/v1/workspaces/" + org + "/env_vars", "text/csv", "key,value"), 415);
        assertJsonError(send("POST", "/v1/workspaces/" + org + "/oauth_clients", "application/xml", "<name/>"), 415);
        assertJsonError(send("POST", "/v1/oauth/token", "text/plain", "grant_type=client_credentials"), 415);
        assertEquals(200, send("POST", "/v1/workflows", "application/json; charset=utf-8",
                "{\"name\": \"charset-" + System.nanoTime() + "\"}").status());
    }

    @Test
    void anAcceptThatExcludesJsonIs406() {
        assertJsonError(api.raw(api.request("/v1/workflows").header("Authorization", KEY)
                .header("Accept", "text/html").GET()), 406);
        assertEquals(200, api.raw(api.request("/v1/workflows").header("Authorization", KEY)
                .header("Accept", "text/html, application/json;q=0.5").GET()).status());
    }

    @Test
    void badPathParametersAndBadBodiesAreClientErrorsWithoutTraces() {
        assertJsonError(api.get("/v1/admin/jobs/not-a-number"), 404);
        assertJsonError(api.post("/v1/workflows", "{\"name\": "), 400);
        assertJsonError(api.post("/v1/workflows", "[".repeat(5000)), 400);
        assertJsonError(api.raw(api.request("/v1/workflows").header("Authorization", KEY)
                .header("Content-Type", "not a media type").POST(HttpRequest.BodyPublishers.ofString("{}"))), 400);
        assertJsonError(api.raw(api.request("/v1/workflows").header("Authorization", KEY)
                .header("Accept", "json please").GET()), 400);
    }

    private Api.Reply send(String method, String path, String type, String body) {
        return api.raw(api.request(path).header("Authorization", KEY).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    static void assertJsonError(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("content-type").startsWith("application/json"), reply.header("content-type"));
        assertEquals(status, reply.error().getInt("status"), reply.body());
        assertFalse(reply.error().getString("message").isBlank(), reply.body());
        for (String trace : new String[] {"\tat ", "at io.", "at java.", "at jakarta.", "Exception:"}) {
            assertFalse(reply.body().contains(trace), "no stack trace: " + reply.body());
        }
    }
}
