package io.millrace.it.api;

import static io.millrace.it.support.Replies.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.JsCode;
import io.millrace.it.support.LibertyServer;
import io.millrace.it.support.RawHttp;
import io.millrace.it.support.Workspaces;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Request bodies are limited by endpoint class before they are parsed or authenticated (API JSON 1 MiB,
 * definitions 4 MiB, HTTP triggers 512 KB), whatever Content-Length says; definitions are limited in shape.
 */
class RequestLimitsIT {
    private static final String KEY = "Bearer " + System.getProperty("millrace.it.api.key");
    private static final int MIB = 1024 * 1024;
    private static final long HUNDRED_MB = 100L * 1000 * 1000;

    private final Api api = Api.server();

    @Test
    void fourParallelHundredMegabyteTokenRequestsAre413sWithoutOutOfMemory() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RawHttp.Streamed>> replies = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                replies.add(pool.submit(() -> RawHttp.stream("POST", "/v1/oauth/token",
                        Map.of("Content-Type", "application/json"), "{\"grant_type\": \"", HUNDRED_MB, true)));
            }
            for (Future<RawHttp.Streamed> reply : replies) {
                assertTooLarge(reply.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), LibertyServer.itServer().logLines(line -> line.contains("OutOfMemoryError")));
        assertEquals(200, api.get("/v1/users/me").status(), "the server still answers");
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutReadingTheBody() {
        RawHttp.Streamed reply = RawHttp.stream("POST", "/v1/oauth/revoke", Map.of("Content-Type", "application/json"),
                "{\"token\": \"", HUNDRED_MB, false);
        assertTooLarge(reply);
        assertTrue(reply.answer().json().getJsonObject("error").getString("message").contains("1048576 bytes"),
                reply.answer().body());
    }

    @Test
    void apiJsonBodiesAreLimitedToOneMebibyteBeforeAuthentication() {
        Api.Reply exactly = api.raw(api.request("/v1/oauth/token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(padded("{\"grant_type\":\"client_credentials\","
                        + "\"client_id\":\"oc_nosuchclient\",\"client_secret\":\"", MIB))));
        assertEquals(401, exactly.status(), "a body of exactly the limit is read: " + exactly.body());
        assertRejected(api.raw(api.request("/v1/oauth/token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(padded("{\"grant_type\":\"", MIB + 1)))), 413, null);
        String org = Workspaces.orgOf(api);
        assertRejected(api.post("/v1/workspaces/" + org + "/env_vars", padded("{\"key\":\"BIG\",\"value\":\"", MIB + 1)),
                413, null);
        assertTooLarge(RawHttp.stream("PUT", "/v1/users/me", Map.of("Content-Type", "application/json",
                "Authorization", KEY), "{\"email\": \"", 2L * MIB, true));
        assertTooLarge(RawHttp.stream("PUT", "/v1/users/me", Map.of("Content-Type", "application/json"),
                "{\"email\": \"", 2L * MIB, true));
    }

    @Test
    void definitionsMayBeLargerUpToFourMebibytes() {
        String code = "export default defineComponent({ async run() { return 1 } })\n// " + "x".repeat(900 * 1024);
        Api.Reply created = api.post("/v1/workflows", Json.createObjectBuilder()
                .add("name", "big-definition-" + System.nanoTime())
                .add("steps", Json.createArrayBuilder().add(step("a", code)).add(step("b", code))).build().toString());
        assertEquals(200, created.status(), created.body().length() > 300 ? created.body().substring(0, 300) : created.body());
        assertRejected(api.post("/v1/workflows", padded("{\"name\":\"", 4 * MIB + 1)), 413, null);
        assertTooLarge(RawHttp.stream("POST", "/v1/workflows", Map.of("Content-Type", "application/json",
                "Authorization", KEY), "{\"name\": \"", 5L * MIB, true));
        assertEquals(400, RawHttp.stream("POST", "/v1/workflows", Map.of("Content-Type", "application/json",
                "Authorization", KEY), "{\"name\": \"", 3L * MIB, true).answer().status(),
                "3 MiB is read (the JSON is unfinished)");
    }

    @Test
    void aDefinitionsShapeIsLimitedWithTheFieldNamed() {
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 251; i++) {
            many.add(step("s" + i, "export default defineComponent({ async run() { return 1 } })"));
        }
        assertRejected(create(Json.createObjectBuilder().add("steps", many)), 400, "steps");

        String tooMuchCode = "export default defineComponent({ async run() { return 1 } })\n// " + "x".repeat(MIB);
        assertRejected(create(Json.createObjectBuilder().add("steps", Json.createArrayBuilder()
                .add(step("ok", "export default defineComponent({ async run() { return 1 } })"))
                .add(step("big", tooMuchCode)))), 400, "steps[1].code");

        JsonObjectBuilder props = Json.createObjectBuilder();
        for (int i = 0; i < 201; i++) {
            props.add("p" + i, i);
        }
        assertRejected(create(Json.createObjectBuilder().add("steps", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "a").add("code", "x").add("props", props)))),
                400, "steps[0].props");

        String deep = "[".repeat(40) + "]".repeat(40);
        Api.Reply tooDeep = api.post("/v1/workflows", "{\"name\":\"deep-props\",\"steps\":[{\"name\":\"a\",\"code\":\"x\","
                + "\"props\":{\"deep\":" + deep + "}}]}");
        assertRejected(tooDeep, 400, "steps[0].props.deep");
    }

    @Test
    void aChunkedTriggerBodyOverItsLimitIs413AndRecorded() {
        JsonObject wf = api.createHttpWorkflow("chunked-limit-" + System.nanoTime(), JsCode.steps());
        String path = Api.endpoint(wf).replaceFirst("^http://[^/]+", "");
        RawHttp.Streamed reply = RawHttp.stream("POST", path, Map.of("Content-Type", "text/plain"), "", HUNDRED_MB, true);
        assertEquals(413, reply.answer().status(), reply.answer().body());
        assertTrue(reply.bodyBytesSent() < HUNDRED_MB / 2, "the server stopped reading: " + reply.bodyBytesSent());
        JsonObject ex = api.awaitFinished(wf.getString("id"));
        assertEquals("error", ex.getString("status"));
        assertEquals("Request Entity Too Large", ex.getJsonObject("error").getString("name"));
    }

    /** A 413 with the JSON error, given before the server read the rest of the body. */
    private static void assertTooLarge(RawHttp.Streamed reply) {
        RawHttp.Answer answer = reply.answer();
        assertEquals(413, answer.status(), answer.body());
        assertTrue(answer.header("content-type").startsWith("application/json"), answer.header("content-type"));
        assertEquals(413, answer.json().getJsonObject("error").getInt("status"), answer.body());
        assertTrue(reply.bodyBytesSent() < HUNDRED_MB / 2, "the server stopped reading: " + reply.bodyBytesSent());
    }

    private Api.Reply create(JsonObjectBuilder fields) {
        return api.post("/v1/workflows", fields.add("name", "shape-" + System.nanoTime()).build().toString());
    }

    private static JsonObject step(String name, String code) {
        return Json.createObjectBuilder().add("name", name).add("code", code).build();
    }

    /** {@code start}, then x up to {@code size} bytes less the closing {@code "}}. */
    private static String padded(String start, int size) {
        return start + "x".repeat(size - start.length() - 2) + "\"}";
    }
}
