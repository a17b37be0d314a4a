package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.millrace.runtime.SourceInvocation;
import io.millrace.runtime.SourceOutcome;
import io.millrace.runtime.SourcePhase;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;

/** {@code http_request} props: the configured request, executed with the built-in HTTP client. */
class HttpRequestPropTest {

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime runtime;
    private static HttpServer server;
    private static String base;
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        runtime = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS.withEgress(StepTesting.LOOPBACK_ALLOWED));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            REQUESTS.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " auth="
                    + exchange.getRequestHeaders().getFirst("Authorization") + " x=" + exchange.getRequestHeaders().getFirst("X-Test")
                    + " type=" + exchange.getRequestHeaders().getFirst("Content-Type") + " body=" + body);
            byte[] reply = "{\"posts\":[1,2]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        runtime.close();
        scheduler.shutdownNow();
    }

    private static StepOutcome step(String props, String propsJson) {
        String code = component("props: " + props + ",\n"
                + "async run() { const { data, status } = await this.httpRequest.execute(); return { data, status, url: this.httpRequest.url } }");
        return runtime.run(new StepInvocation("http_req", code, propsJson, StepTesting.STEPS, Instant.now().plusSeconds(20)),
                StepListener.NONE);
    }

    @Test
    void theDefaultRequestIsExecuted() {
        REQUESTS.clear();
        StepOutcome outcome = step("{ httpRequest: { type: 'http_request', label: 'API Request', default: { method: 'GET', url: '"
                + base + "/posts' } } }", "{}");
        assertEquals(null, outcome.error());
        assertEquals("{\"data\":{\"posts\":[1,2]},\"status\":200,\"url\":\"" + base + "/posts\"}", outcome.returnValueJson());
        assertEquals(List.of("GET /posts auth=null x=null type=null body="), REQUESTS);
    }

    @Test
    void aConfiguredRequestWithHeaderAndParamListsABodyAndAuth() {
        REQUESTS.clear();
        StepOutcome outcome = step("{ httpRequest: { type: 'http_request' } }", "{\"httpRequest\":{\"method\":\"post\",\"url\":\""
                + base + "/items\",\"headers\":[{\"name\":\"X-Test\",\"value\":\"{{steps.trigger.event.body.n}}\"}],"
                + "\"params\":[{\"name\":\"page\",\"value\":\"2\"}],\"body\":{\"type\":\"raw\",\"contentType\":\"text/plain\",\"raw\":\"hello\"},"
                + "\"auth\":{\"type\":\"bearer\",\"token\":\"t0k\"}}}");
        assertEquals(null, outcome.error());
        assertEquals(List.of("POST /items?page=2 auth=Bearer t0k x=41 type=text/plain body=hello"), REQUESTS);
    }

    @Test
    void aRequestWithoutUrlFailsNamingTheProp() {
        StepOutcome outcome = step("{ httpRequest: { type: 'http_request' } }", "{}");
        assertEquals("ConfigurationError", outcome.error().name());
        assertEquals("Prop \"httpRequest\" (http_request) has no url to send the request to", outcome.error().message());
    }

    @Test
    void sourcesExecuteRequestsToo() {
        REQUESTS.clear();
        SourceOutcome outcome = new GraalComponentRuntime(runtime).runSource(new SourceInvocation("dc_req",
                "export default { props: { req: { type: 'http_request' } }, async run() { this.$emit((await this.req.execute()).data) } }",
                SourcePhase.RUN, "{\"req\":{\"url\":\"" + base + "/feed\",\"body\":{\"type\":\"fields\",\"fields\":[{\"name\":\"a\",\"value\":\"1\"}]}}}",
                null, "{}", "{}", Instant.now().plusSeconds(20), Map.of(), null, null), StepListener.NONE);
        assertTrue(outcome.succeeded(), String.valueOf(outcome.error()));
        assertEquals("{\"posts\":[1,2]}", outcome.emissions().get(0).eventJson());
        assertTrue(REQUESTS.get(0).startsWith("GET /feed"), REQUESTS.toString());
        assertTrue(REQUESTS.get(0).endsWith("body={\"a\":\"1\"}"), REQUESTS.toString());
    }
}
