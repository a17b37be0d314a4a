package io.millrace.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.RawHttp;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code /metrics} and {@code /openapi} on the public port are behind the API's authentication by default
 * (MILLRACE_METRICS_AUTHENTICATION, MILLRACE_OPENAPI_AUTHENTICATION): no key is a 401, the metrics need an
 * admin's key (a workspace key is a 403), the document any valid key; their queries are checked like the
 * API's. Liberty's own endpoints answer only on the internal loopback port; {@code /health} stays open.
 */
class EndpointAuthenticationIT {
    private static final Pattern JAVA = Pattern.compile("\\b(java|jakarta|com\\.ibm|io\\.openliberty|io\\.millrace)\\.[a-z]+\\.");
    private final Api admin = Api.server();
    private final String adminBearer = "Bearer " + System.getProperty("millrace.it.api.key");

    @Test
    void withoutAKeyBothAre401Json() {
        for (String path : new String[] {"/metrics", "/metrics?scope=application", "/openapi", "/openapi?format=JSON"}) {
            assertJsonError(admin.raw(admin.request(path).GET()), 401, null, path);
            assertJsonError(admin.raw(admin.request(path).header("Authorization", "Bearer not-a-key").GET()), 401, null, path);
        }
    }

    @Test
    void anAdminKeyReadsBoth() {
        Api.Reply metrics = admin.get("/metrics");
        assertEquals(200, metrics.status(), metrics.body());
        assertTrue(metrics.header("content-type").startsWith("text/plain"), metrics.header("content-type"));
        assertTrue(metrics.body().contains("# TYPE "), "Prometheus text");
        assertEquals(200, admin.get("/metrics?scope=application").status());

        Api.Reply yaml = admin.get("/openapi");
        assertEquals(200, yaml.status(), yaml.body());
        assertTrue(yaml.body().contains("\nopenapi: 3"), yaml.body().substring(0, Math.min(80, yaml.body().length())));
        assertTrue(yaml.body().contains("url: " + admin.base()), "the server is the public base URL, not the internal port");
        Api.Reply json = admin.get("/openapi?format=JSON");
        assertEquals(200, json.status(), json.body());
        assertEquals(admin.base(), json.json().getJsonArray("servers").getJsonObject(0).getString("url"));
    }

    @Test
    void aWorkspaceKeyReadsTheDocumentButNotTheMetricsOfEveryWorkspace() {
        Api member = Workspaces.create(admin, "metrics-reader").api();
        assertJsonError(member.get("/metrics"), 403, null, "/metrics");
        assertJsonError(member.get("/metrics?scope=application"), 403, null, "/metrics?scope=application");
        assertEquals(200, member.get("/openapi").status());
    }

    @Test
    void malformedAndUnknownQueriesAre400sNamingTheParameter() {
        for (String path : new String[] {"/metrics", "/openapi"}) {
            for (Map<String, String> headers : new Map[] {Map.of(), Map.of("Authorization", adminBearer)}) {
                RawHttp.Answer zz = RawHttp.send("GET", path + "?x=%zz", headers);
                assertEquals(400, zz.status(), path + " " + zz.body());
                assertTrue(zz.header("content-type").startsWith("application/json"), zz.header("content-type"));
                JsonObject error = zz.json().getJsonObject("error");
                assertEquals("x", error.getString("field", null), zz.body());
                assertFalse(JAVA.matcher(zz.body()).find(), zz.body());
                assertEquals(400, RawHttp.send("GET", path + "?x=%", headers).status(), path);
            }
        }
        assertJsonError(admin.get("/metrics?stauts=1"), 400, "stauts", "unknown parameter of /metrics");
        assertJsonError(admin.get("/openapi?fromat=JSON"), 400, "fromat", "unknown parameter of /openapi");
        assertJsonError(admin.get("/openapi?format=XML"), 400, "format", "/openapi?format=XML");
        assertJsonError(admin.get("/metrics?scope=nosuchscope"), 404, null, "/metrics?scope=nosuchscope");
    }

    @Test
    void libertysEndpointsAreOnlyOnTheInternalPortAndHealthStaysOpen() throws Exception {
        assertEquals(200, admin.raw(admin.request("/health/ready").GET()).status());
        assertEquals(200, admin.raw(admin.request("/health").GET()).status());
        assertJsonError(admin.get("/openapi/ui"), 404, null, "/openapi/ui is not on the public port");
        assertJsonError(admin.post("/metrics", "{}"), 405, null, "POST /metrics");

        // the internal port answers as Liberty does, on loopback only; the public port never routes to it
        int internal = Integer.parseInt(System.getProperty("millrace.it.internal.port"));
        HttpResponse<String> direct = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + internal + "/metrics")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, direct.statusCode());
        String spoofed = firstLine("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1:" + internal + "\r\nConnection: close\r\n\r\n");
        assertFalse(spoofed.contains(" 200 "), "a Host header naming the internal port reaches nothing: " + spoofed);
    }

    /** The status line the public port answers to this raw request. */
    private static String firstLine(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(System.getProperty("millrace.it.http.port")))) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
        }
    }

    private static void assertJsonError(Api.Reply reply, int status, String field, String what) {
        assertEquals(status, reply.status(), what + ": " + reply.body());
        assertTrue(String.valueOf(reply.header("content-type")).startsWith("application/json"),
                what + ": " + reply.header("content-type"));
        JsonObject error = reply.json().getJsonObject("error");
        assertEquals(status, error.getInt("status"), reply.body());
        assertFalse(error.getString("message").isBlank(), reply.body());
        assertEquals(field, error.getString("field", null), what + ": " + reply.body());
        assertFalse(JAVA.matcher(reply.body()).find(), what + " names no Java class: " + reply.body());
    }
}
