package io.millrace.it.runtime;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.LibertyServer;
import io.millrace.it.support.LocalHttpServer;
import io.millrace.it.support.Wait;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The egress policy through the real server, whose allow-list (server.env of the IT server) is
 * {@code 127.0.0.1}: a step's fetch to the server's own ports (/metrics, /openapi, the token endpoint;
 * the embedded broker),
 * to loopback addresses not on the list and to private addresses is refused with ERR_MILLRACE_EGRESS,
 * a redirect from the allowed receiver to the server's port or to another loopback address is refused,
 * the allowed receiver answers, and a webhook to loopback is refused with the reason in the log.
 */
class EgressIT {
    private static final int SERVER_PORT = Integer.parseInt(System.getProperty("millrace.it.http.port"));
    private final Api api = Api.server();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private LocalHttpServer receiver;

    @BeforeEach
    void startReceiver() {
        receiver = new LocalHttpServer()
                .on("/ok", exchange -> {
                    received.add(exchange.getRequestURI().toString());
                    LocalHttpServer.answer(exchange, 200, "application/json",
                            "{\"fine\":true}".getBytes(StandardCharsets.UTF_8));
                })
                .on("/to", exchange -> {
                    received.add(exchange.getRequestURI().toString());
                    exchange.getResponseHeaders().add("Location", exchange.getRequestURI().getRawQuery());
                    exchange.sendResponseHeaders(302, -1);
                    exchange.close();
                })
                .start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    /** Runs one step that fetches each URL and returns what happened to each: its status, or the error code and message. */
    private JsonObject fetchAll(String... urls) {
        StringBuilder list = new StringBuilder();
        for (String url : urls) {
            list.append(list.length() == 0 ? "" : ", ").append('"').append(url).append('"');
        }
        JsonObject wf = api.createHttpWorkflow("egress", steps(step("probe", """
                export default defineComponent({
                  async run() {
                    const out = {};
                    for (const url of [%s]) {
                      try { out[url] = String((await fetch(url, { method: url.includes("oauth") ? "POST" : "GET" })).status); }
                      catch (e) { out[url] = e.cause.code + ": " + e.cause.message; }
                    }
                    return out;
                  },
                })""".formatted(list))));
        JsonObject execution = api.runOnce(wf);
        assertEquals("success", execution.getString("status"), execution.toString());
        return execution.getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value");
    }

    private static void assertRefused(JsonObject results, String url, String reason) {
        String result = results.getString(url);
        assertTrue(result.startsWith("ERR_MILLRACE_EGRESS: refused by the egress policy: ") && result.contains(" is " + reason),
                url + " → " + result);
        assertTrue(result.contains("millrace.egress.allow"), result);
    }

    @Test
    void theServersOwnPortIsRefusedOnEveryPath() {
        String own = "http://127.0.0.1:" + SERVER_PORT;
        JsonObject results = fetchAll(own + "/metrics", own + "/openapi", own + "/v1/oauth/token",
                own + "/health/ready", "http://localhost:" + SERVER_PORT + "/metrics", "http://0.0.0.0:" + SERVER_PORT + "/metrics",
                "http://127.0.0.1:" + System.getProperty("millrace.it.broker.port") + "/");
        for (String url : results.keySet()) {
            assertRefused(results, url, "a port of this server");
        }
        assertEquals(7, results.size());
    }

    @Test
    void internalAddressesOffTheAllowListAreRefusedAndTheAllowedReceiverAnswers() {
        String port = String.valueOf(receiver.port());
        JsonObject results = fetchAll("http://[::1]:" + port + "/ok", "http://127.0.0.2:" + port + "/ok",
                "http://10.0.0.1/", "http://192.168.0.1/", "http://169.254.169.254/latest/meta-data/",
                "http://[fd00::1]/", "http://[::ffff:127.0.0.2]:" + port + "/ok", receiver.url("/ok"));
        assertRefused(results, "http://[::1]:" + port + "/ok", "a loopback address");
        assertRefused(results, "http://127.0.0.2:" + port + "/ok", "a loopback address");
        assertRefused(results, "http://10.0.0.1/", "a private address");
        assertRefused(results, "http://192.168.0.1/", "a private address");
        assertRefused(results, "http://169.254.169.254/latest/meta-data/", "a link-local address");
        assertRefused(results, "http://[fd00::1]/", "a unique local address");
        assertRefused(results, "http://[::ffff:127.0.0.2]:" + port + "/ok", "a loopback address");
        assertEquals("200", results.getString(receiver.url("/ok")));
        assertEquals(List.of("/ok"), received, "only the allowed request reached the receiver");
    }

    @Test
    void aRedirectFromTheAllowedReceiverToAnInternalAddressIsRefused() {
        String toMetrics = receiver.url("/to?http://127.0.0.1:" + SERVER_PORT + "/metrics");
        String toLoopback = receiver.url("/to?http://[::1]:" + receiver.port() + "/ok");
        String toAllowed = receiver.url("/to?/ok");
        JsonObject results = fetchAll(toMetrics, toLoopback, toAllowed);
        assertRefused(results, toMetrics, "a port of this server");
        assertRefused(results, toLoopback, "a loopback address");
        assertEquals("200", results.getString(toAllowed));
        assertEquals(4, received.size(), received.toString());
        assertEquals("/ok", received.get(3));
    }

    @Test
    void aWebhookToLoopbackIsRefusedAndTheAttemptIsLoggedWithTheReason() {
        JsonObject wf = api.createHttpWorkflow("egress-emitter", steps(step("emit", """
                export default defineComponent({ async run({ $ }) { $.send.emit({ n: 1 }); } })""")));
        String url = "http://[::1]:" + receiver.port() + "/ok";
        Api.Reply created = api.post("/v1/webhooks?url=" + Api.encode(url) + "&name=egress", "");
        assertEquals(200, created.status(), created.body());
        String hook = created.json().getJsonObject("data").getString("id");
        Api.Reply sub = api.post("/v1/subscriptions?emitter_id=" + wf.getString("id") + "&listener_id=" + hook, "");
        assertEquals(200, sub.status(), sub.body());
        assertEquals("success", api.runOnce(wf).getString("status"));
        LibertyServer server = LibertyServer.itServer();
        List<String> lines = Wait.until("the refused webhook attempt in the log", 30,
                () -> server.logLines(l -> l.contains("webhook " + hook + ":") && l.contains("failed")), l -> !l.isEmpty());
        assertTrue(lines.get(0).contains("refused by the egress policy: 0:0:0:0:0:0:0:1 port " + receiver.port()
                + " is a loopback address"), lines.get(0));
        assertEquals(List.of(), received, "the receiver got nothing");
    }
}
