package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.millrace.runtime.LogEntry;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;

/** $.send.http: requests queued while the step runs and sent after it succeeded. */
class StepSendHttpTest {

    /** A request the server received. */
    record Received(String method, String path, String query, Map<String, String> headers, String body) {
    }

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime runtime;
    private static HttpServer server;
    private static ExecutorService serverThreads;
    private static String base;
    private static final List<Received> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        runtime = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS.withEgress(StepTesting.LOOPBACK_ALLOWED));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.createContext("/", StepSendHttpTest::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        serverThreads.shutdownNow();
        runtime.close();
        scheduler.shutdownNow();
    }

    @BeforeEach
    void clear() {
        received.clear();
    }

    private static void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(", ", values)));
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), headers,
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        if (path.startsWith("/slow")) {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int status = path.startsWith("/status/") ? Integer.parseInt(path.substring("/status/".length())) : 200;
        byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static StepOutcome run(String body) {
        return run(body, Duration.ofSeconds(20));
    }

    private static StepOutcome run(String body, Duration timeLeft) {
        return runtime.run(new StepInvocation("sender", component(body), "{}", StepTesting.STEPS,
                Instant.now().plus(timeLeft)), StepListener.NONE);
    }

    private static List<String> lines(StepOutcome outcome) {
        return outcome.logs().stream().map(l -> l.level() + "|" + l.message().replaceAll("\\(\\d+ ms\\)$", "(N ms)"))
                .collect(Collectors.toList());
    }

    @Test
    void requestsAreSentAfterTheStepFinishes() {
        StepOutcome outcome = run("""
                async run({ $ }) {
                  const data = { name: "Luke Skywalker", tags: ["jedi"] };
                  $.send.http({ method: "POST", url: "%s/hook?token=abc", headers: { "X-Custom": "1" },
                                params: { q: "a b" }, data });
                  data.name = "changed after the call";
                  await new Promise(resolve => setTimeout(resolve, 100));
                  console.log("run is done");
                  return "ok";
                }""".formatted(base));
        assertNull(outcome.error(), () -> String.valueOf(outcome.error()));
        assertEquals("\"ok\"", outcome.returnValueJson());
        assertEquals(List.of("log|run is done", "info|$.send.http POST " + base + "/hook?\u2026 \u2192 200 (N ms)"), lines(outcome));
        assertEquals(1, received.size());
        Received request = received.get(0);
        assertEquals("POST", request.method());
        assertEquals("/hook", request.path());
        assertEquals("token=abc&q=a+b", request.query());
        assertEquals("1", request.headers().get("x-custom"));
        assertTrue(request.headers().get("content-type").startsWith("application/json"), request.headers().toString());
        assertEquals("{\"name\":\"Luke Skywalker\",\"tags\":[\"jedi\"]}", request.body());
    }

    @Test
    void everyQueuedRequestIsSent() {
        StepOutcome outcome = run("""
                run({ $ }) {
                  for (const name of ["Luke", "Han", "Leia"]) $.send.http({ method: "post", url: "%s/each", data: { name } });
                  $.send.http({ method: "GET", url: "%s/basic", auth: { username: "u", password: "p" } });
                }""".formatted(base, base));
        assertNull(outcome.error(), () -> String.valueOf(outcome.error()));
        assertNull(outcome.returnValueJson());
        assertEquals(4, received.size());
        assertEquals(List.of("{\"name\":\"Han\"}", "{\"name\":\"Leia\"}", "{\"name\":\"Luke\"}"), received.stream()
                .filter(r -> r.path().equals("/each")).map(Received::body).sorted().collect(Collectors.toList()));
        Received basic = received.stream().filter(r -> r.path().equals("/basic")).findFirst().orElseThrow();
        assertEquals("GET", basic.method());
        assertEquals("Basic dTpw", basic.headers().get("authorization"));
        assertEquals(4, outcome.logs().stream().filter(l -> l.message().startsWith("$.send.http ")).count());
        assertTrue(outcome.logs().stream().allMatch(l -> l.level().equals("info")), outcome.logs()::toString);
    }

    @Test
    void nothingIsSentWhenTheStepFails() {
        StepOutcome outcome = run("""
                run({ $ }) {
                  $.send.http({ method: "POST", url: "%s/never", data: { a: 1 } });
                  throw new Error("boom");
                }""".formatted(base));
        assertEquals("boom", outcome.error().message());
        assertTrue(received.isEmpty());
        assertEquals(List.of("warn|1 request queued with $.send.http was not sent: the step failed"), lines(outcome));
    }

    @Test
    void aFailedDeliveryIsLoggedAsAnErrorAndTheStepStillSucceeds() {
        StepOutcome outcome = run("""
                run({ $ }) {
                  $.send.http({ method: "POST", url: "http://127.0.0.1:1/refused", data: "text" });
                  return 7;
                }""");
        assertTrue(outcome.succeeded(), () -> String.valueOf(outcome.error()));
        assertEquals("7", outcome.returnValueJson());
        assertEquals(List.of("error|$.send.http POST http://127.0.0.1:1/refused \u2192 ECONNREFUSED (N ms)"), lines(outcome));

        StepOutcome status = run("""
                run({ $ }) { $.send.http({ method: "PUT", url: "%s/status/500" }) }""".formatted(base));
        assertTrue(status.succeeded(), () -> String.valueOf(status.error()));
        assertEquals(List.of("error|$.send.http PUT " + base + "/status/500 \u2192 500 (N ms)"), lines(status));
    }

    @Test
    void requestsStillGoingAtTheDeadlineDoNotTimeTheStepOut() {
        StepOutcome outcome = run("""
                run({ $ }) { $.send.http({ method: "POST", url: "%s/slow" }); return "done" }""".formatted(base),
                Duration.ofMillis(1500));
        assertFalse(outcome.timedOut());
        assertTrue(outcome.succeeded(), () -> String.valueOf(outcome.error()));
        assertEquals("\"done\"", outcome.returnValueJson());
        assertEquals(1, outcome.logs().size(), outcome.logs()::toString);
        LogEntry line = outcome.logs().get(0);
        assertEquals("error", line.level());
        assertTrue(line.message().startsWith("$.send.http POST " + base + "/slow \u2192 "), line.message());
    }

    @Test
    void nothingIsSentWhenTheReturnValueExceedsThePayloadLimit() {
        StepOutcome outcome = runtime.run(new StepInvocation("sender", component("""
                run({ $ }) { $.send.http({ method: "POST", url: "%s/over" }); return "x".repeat(500) }""".formatted(base)),
                "{}", StepTesting.STEPS, Instant.now().plusSeconds(20)).withPayloadBudget(100), StepListener.NONE);
        assertEquals(RunRecord.PAYLOAD_LIMIT_EXCEEDED, outcome.error().name());
        assertTrue(received.isEmpty());
    }

    @Test
    void aStepThatExitsTheFlowStillSends() {
        StepOutcome outcome = run("""
                run({ $ }) { $.send.http({ method: "POST", url: "%s/exit" }); return $.flow.exit("enough") }""".formatted(base));
        assertTrue(outcome.endsExecution());
        assertEquals(1, received.size());
    }

    @Test
    void badRequestsFailTheStepAtTheCall() {
        assertEquals("$.send.http: url is required: the URL to send the request to, got undefined",
                run("run({ $ }) { $.send.http({ method: 'POST' }) }").error().message());
        assertEquals("$.send.http: method is required: an HTTP method such as \"POST\", got undefined",
                run("run({ $ }) { $.send.http({ url: 'http://example.com' }) }").error().message());
        assertEquals("$.send.http: url is not a valid URL: not a url",
                run("run({ $ }) { $.send.http({ method: 'GET', url: 'not a url' }) }").error().message());
        assertEquals("TypeError", run("run({ $ }) { $.send.http() }").error().name());
        assertEquals("$.send.s3: bucket is required: an S3 bucket name (3 to 63 lower-case letters, digits, dots and"
                + " hyphens), got 'x'", run("run({ $ }) { $.send.s3({ bucket: 'x' }) }").error().message());
        assertTrue(received.isEmpty());
    }
}
