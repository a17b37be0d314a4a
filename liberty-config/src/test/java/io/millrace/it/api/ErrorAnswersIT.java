package io.millrace.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.JsCode;
import io.millrace.it.support.LibertyServer;
import io.millrace.it.support.RawHttp;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Client mistakes that the servlet container, JAX-RS or the trigger servlet used to answer with a 500, an
 * HTML page naming classes or a stack trace in the log: each is now the JSON error with a 4xx (or, for an
 * HTTP trigger, an accepted event), and leaves no stack trace in the server log.
 */
class ErrorAnswersIT {
    private static final String KEY = "Bearer " + System.getProperty("millrace.it.api.key");
    /** A Java class or package name, a stack frame, or an exception's name in an answer. */
    private static final Pattern JAVA = Pattern.compile(
            "\\b(java|javax|jakarta|com\\.ibm|org\\.jboss|io\\.millrace)\\.[a-z]|\\bat [a-z]+\\.|Exception|Error:");

    private final Api api = Api.server();

    @Test
    void encodedSlashesDotsAndBackslashesInThePathAreJson400s() {
        for (String path : List.of("/v1/workflows/a%2Fb", "/v1/workflows%2F", "/v1/workflows/%2e%2e",
                "/v1/data_stores/ds_x/records/a%5Cb", "/e/abc%2Fdef", "/nothing%2Fhere")) {
            assertJsonError(api.raw(api.request(path).header("Authorization", KEY).GET()), 400, null);
        }
    }

    @Test
    void libertysOwnEndpointsShowNoExceptionOrStackFrameEither() {
        for (String path : List.of("/openapi%2F", "/health/ready%2F", "/metrics%2F", "/health/nothing%2e")) {
            Api.Reply reply = api.raw(api.request(path).GET());
            assertTrue(reply.status() >= 400 && reply.status() < 500, path + ": " + reply.status() + " " + reply.body());
            assertFalse(JAVA.matcher(reply.body()).find(), path + " names no Java class: " + reply.body());
        }
    }

    @Test
    void aMalformedEscapeInAnApiQueryIsA400NamingTheParameter() {
        assertJsonError(raw("GET", "/v1/users/me?x=%"), 400, "x");
        assertJsonError(raw("GET", "/v1/users/me?x=%zz"), 400, "x");
        assertJsonError(raw("GET", "/v1/workflows?limit=5&after=%4"), 400, "after");
        assertJsonError(raw("DELETE", "/v1/workflows/p_nosuchwf?x=%"), 400, "x");
        assertJsonError(api.get("/v1/users/me?include=%FF"), 400, "include");
        assertJsonError(api.get("/v1/workflows/%FF"), 400, null);
        assertEquals(200, api.get("/v1/users/me?include=%69d").status(), "well-formed escapes are decoded");
    }

    @Test
    void aMalformedEscapeInATriggerQueryOrFormIsKeptAsItIs() {
        JsonObject wf = api.createHttpWorkflow("sloppy-escapes-" + System.nanoTime(), JsCode.steps(JsCode.step("echo",
                "export default defineComponent({ async run({ steps }) { return steps.trigger.event } })")));
        String path = Api.endpoint(wf).replaceFirst("^http://[^/]+", "");
        RawHttp.Answer answer = raw("GET", path + "?x=%&y=100%25&z=%zz");
        assertEquals(200, answer.status(), answer.body());
        JsonObject event = api.awaitFinished(wf.getString("id")).getJsonObject("trigger").getJsonObject("event");
        assertEquals("%", event.getJsonObject("query").getString("x"));
        assertEquals("100%", event.getJsonObject("query").getString("y"));
        assertEquals("%zz", event.getJsonObject("query").getString("z"));

        String first = api.awaitFinished(wf.getString("id")).getString("id");
        Api.Reply form = api.raw(api.request(Api.endpoint(wf)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=%&b=%E2%9C%93")));
        assertEquals(200, form.status(), form.body());
        JsonObject body = api.awaitExecution(wf.getString("id"), e -> !e.getString("id").equals(first)
                        && !e.getString("status").equals("queued") && !e.getString("status").equals("executing"))
                .getJsonObject("trigger").getJsonObject("event").getJsonObject("body");
        assertEquals("%", body.getString("a"));
        assertEquals("✓", body.getString("b"));
    }

    @Test
    void anUnknownCharsetIsA415NamingContentType() {
        String bogus = "application/json; charset=bogus-xx";
        String org = Workspaces.orgOf(api);
        for (String[] call : new String[][] {
                {"POST", "/v1/workflows", "{\"name\": \"charset\"}"},
                {"PUT", "/v1/users/me", "{\"email\": \"a@example.com\"}"},
                {"POST", "/v1/workspaces/" + org + "/env_vars", "{\"key\": \"A\", \"value\": \"b\"}"},
                {"POST", "/v1/oauth/token", "{\"grant_type\": \"client_credentials\"}"},
                {"POST", "/v1/oauth/revoke", "{\"token\": \"x\"}"}}) {
            Api.Reply reply = api.raw(api.request(call[1]).header("Authorization", KEY).header("Content-Type", bogus)
                    .method(call[0], HttpRequest.BodyPublishers.ofString(call[2])));
            assertJsonError(reply, 415, "Content-Type");
            assertTrue(reply.error().getString("message").contains("bogus-xx"), reply.body());
        }
        Api.Reply quoted = api.raw(api.request("/v1/workflows").header("Authorization", KEY)
                .header("Content-Type", "application/json; charset=\"utf-8\"")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"quoted-charset-" + System.nanoTime() + "\"}")));
        assertEquals(200, quoted.status(), quoted.body());
    }

    @Test
    void aTriggerTakesABodyInAnUnknownCharsetAsUtf8() {
        JsonObject wf = api.createHttpWorkflow("bogus-charset-" + System.nanoTime(), "[]");
        Api.Reply reply = api.raw(api.request(Api.endpoint(wf)).header("Content-Type", "application/json; charset=bogus-xx")
                .POST(HttpRequest.BodyPublishers.ofString("{\"a\": \"✓\"}")));
        assertEquals(200, reply.status(), reply.body());
        JsonObject event = api.awaitFinished(wf.getString("id")).getJsonObject("trigger").getJsonObject("event");
        assertEquals("✓", event.getJsonObject("body").getString("a"));
    }

    @Test
    void yamlNested2000DeepIsA400() {
        StringBuilder block = new StringBuilder("name: deep\nsteps:\n");
        for (int i = 1; i <= 2000; i++) {
            block.append("  ".repeat(i)).append("- \n");
        }
        for (String yaml : List.of(block.toString(), "name: deep\nsteps: " + "[".repeat(2000) + "]".repeat(2000))) {
            Api.Reply reply = api.raw(api.request("/v1/workflows").header("Authorization", KEY)
                    .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(yaml)));
            assertJsonError(reply, 400, null);
            assertTrue(reply.error().getString("message").contains("levels deep"), reply.body());
        }
    }

    @Test
    void clientErrorsLeaveNoStackTraceInTheLog() {
        LibertyServer server = LibertyServer.itServer();
        int before = server.logLines(line -> true).size();
        raw("GET", "/v1/users/me?x=%");
        raw("GET", "/e/nokey?x=%");
        api.raw(api.request("/v1/workflows/a%2Fb").header("Authorization", KEY).GET());
        api.raw(api.request("/e/abc%2Fdef").GET());
        api.get("/v1/workflows/%FF");
        api.raw(api.request("/v1/workflows").header("Authorization", KEY)
                .header("Content-Type", "application/json; charset=bogus-xx").POST(HttpRequest.BodyPublishers.ofString("{}")));
        api.raw(api.request("/v1/workflows").header("Authorization", KEY).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString("steps: " + "[".repeat(2000))));
        List<String> all = server.logLines(line -> true);
        List<String> added = all.subList(Math.min(before, all.size()), all.size());
        for (String line : added) {
            assertFalse(line.startsWith("\tat ") || line.contains("SRVE0315E") || line.contains("RESTEASY")
                    || line.contains("UnexpectedErrorMapper") || line.contains("StackOverflowError"),
                    "a client error logged " + line + "\nall new lines: " + added);
        }
        long ours = added.stream().filter(line -> line.contains(" io.millrace.") || line.contains(" com.ibm.ws.webcontainer")
                || line.contains(" org.jboss.resteasy")).count();
        assertTrue(ours <= 7, "at most one line per client error: " + added);
    }

    private static RawHttp.Answer raw(String method, String target) {
        return RawHttp.send(method, target, Map.of("Authorization", KEY, "Accept", "application/json"));
    }

    private static void assertJsonError(RawHttp.Answer answer, int status, String field) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.header("content-type").startsWith("application/json"), answer.header("content-type"));
        JsonObject error = answer.json().getJsonObject("error");
        assertEquals(status, error.getInt("status"), answer.body());
        assertFalse(error.getString("message").isBlank(), answer.body());
        assertEquals(field, error.getString("field", null), answer.body());
        assertFalse(JAVA.matcher(answer.body()).find(), "no Java names: " + answer.body());
    }

    private static void assertJsonError(Api.Reply reply, int status, String field) {
        assertJsonError(new RawHttp.Answer(reply.status(), Map.of("content-type",
                String.valueOf(reply.header("content-type"))), reply.body()), status, field);
    }
}
