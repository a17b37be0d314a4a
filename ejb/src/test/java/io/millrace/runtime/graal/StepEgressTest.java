package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.graal.host.JsonStrings;
import io.millrace.shared.egress.AllowList;
import io.millrace.shared.egress.EgressGuard;
import io.millrace.shared.egress.EgressPolicy;
import io.millrace.shared.egress.LocalAddresses;

/**
 * The egress policy as steps meet it: fetch, axios and $.send.http to refused addresses fail with
 * ERR_MILLRACE_EGRESS before anything is sent, every redirect hop is checked, and a request goes to
 * the address that was checked (a name the JVM cannot resolve still reaches the checked address).
 */
class StepEgressTest {

    private static ScheduledExecutorService scheduler;
    private static HttpServer allowed;
    private static HttpServer own;
    private static final List<String> seen = new CopyOnWriteArrayList<>();
    private static int allowedPort;
    private static int ownPort;

    @BeforeAll
    static void start() throws IOException {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        allowed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        allowed.createContext("/", StepEgressTest::answer);
        allowed.start();
        allowedPort = allowed.getAddress().getPort();
        own = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        own.createContext("/", StepEgressTest::answer);
        own.start();
        ownPort = own.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        allowed.stop(0);
        own.stop(0);
        scheduler.shutdownNow();
    }

    @BeforeEach
    void clear() {
        seen.clear();
    }

    /** Records the request; /to?url redirects there, anything else answers with the Host header. */
    private static void answer(HttpExchange exchange) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        seen.add(exchange.getLocalAddress().getPort() + " " + exchange.getRequestMethod() + " "
                + exchange.getRequestURI() + " host=" + host);
        if (exchange.getRequestURI().getPath().equals("/to")) {
            exchange.getResponseHeaders().add("Location", exchange.getRequestURI().getRawQuery());
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
            return;
        }
        byte[] body = ("{\"host\":" + JsonStrings.quote(host) + "}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * Runs {@code body} as a step on a runtime whose policy allows {@code allow}, knows the second
     * server's port as the server's own, and resolves {@code pinned.test} (unknown to the JVM) to 127.0.0.1.
     */
    private static StepOutcome run(String allow, String body) {
        EgressPolicy policy = new EgressPolicy(AllowList.parse(allow), Set.of(ownPort), LocalAddresses.ofThisHost());
        EgressGuard guard = new EgressGuard(policy, host -> {
            if (host.equals("pinned.test")) {
                return new InetAddress[] {InetAddress.getByName("127.0.0.1")};
            }
            throw new UnknownHostException(host);
        });
        try (GraalStepRuntime runtime = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS.withEgress(guard)
                .withPreparedContexts(0))) {
            String code = component("async run({ steps, $ }) {\n const allowed = 'http://127.0.0.1:" + allowedPort
                    + "';\n const own = 'http://127.0.0.1:" + ownPort + "';\n" + body + "\n}");
            return runtime.run(new StepInvocation("egress", code, "{}", StepTesting.STEPS,
                    Instant.now().plusSeconds(20)), StepListener.NONE);
        }
    }

    private static String returned(StepOutcome outcome) {
        assertNull(outcome.error(), () -> outcome.error() + " " + outcome.logs());
        return outcome.returnValueJson();
    }

    private static final String CAUGHT = """
            const caught = async (p) => { try { await p; return 'sent'; } catch (e) {
              return (e.cause ? e.cause.code + ': ' + e.cause.message : e.code + ': ' + e.message); } };
            """;

    @Test
    void loopbackIsRefusedByDefaultWithTheNameOfThePolicy() {
        String result = returned(run("", CAUGHT + "return [await caught(fetch(allowed + '/x')), "
                + "await caught(fetch('http://[::1]:' + " + allowedPort + " + '/x')), "
                + "await caught(fetch('http://169.254.169.254/latest/meta-data/')), "
                + "await caught(fetch('http://10.0.0.1/')), "
                + "await caught(fetch('http://0.0.0.0:' + " + allowedPort + "))];"));
        assertEquals("[\"ERR_MILLRACE_EGRESS: refused by the egress policy: 127.0.0.1 port " + allowedPort
                + " is a loopback address (internal hosts can be allowed with the server variable millrace.egress.allow)\","
                + "\"ERR_MILLRACE_EGRESS: refused by the egress policy: 0:0:0:0:0:0:0:1 port " + allowedPort
                + " is a loopback address (internal hosts can be allowed with the server variable millrace.egress.allow)\","
                + "\"ERR_MILLRACE_EGRESS: refused by the egress policy: 169.254.169.254 port 80 is a link-local address"
                + " (internal hosts can be allowed with the server variable millrace.egress.allow)\","
                + "\"ERR_MILLRACE_EGRESS: refused by the egress policy: 10.0.0.1 port 80 is a private address"
                + " (internal hosts can be allowed with the server variable millrace.egress.allow)\","
                + "\"ERR_MILLRACE_EGRESS: refused by the egress policy: 0.0.0.0 port " + allowedPort
                + " is the unspecified address (internal hosts can be allowed with the server variable millrace.egress.allow)\"]",
                result);
        assertEquals(List.of(), seen, "nothing reached the server");
    }

    @Test
    void axiosPlatformAxiosAndSendHttpAreRefusedToo() {
        StepOutcome outcome = run("", "const { default: axios } = await import('axios');\n"
                + "const { axios: pdAxios } = await import('@pipedream/platform');\n" + CAUGHT
                + "$.send.http({ method: 'POST', url: allowed + '/send' });\n"
                + "return [await caught(axios.get(allowed + '/a')), await caught(pdAxios($, { url: allowed + '/b' }))];");
        String result = returned(outcome);
        assertTrue(result.startsWith("[\"ERR_MILLRACE_EGRESS: refused by the egress policy: 127.0.0.1"), result);
        assertTrue(result.contains("\",\"ERR_MILLRACE_EGRESS: refused by the egress policy"), result);
        assertTrue(outcome.logs().stream().anyMatch(l -> l.level().equals("error") && l.message().contains("ERR_MILLRACE_EGRESS")),
                () -> "the $.send.http delivery is logged as refused: " + outcome.logs());
        assertEquals(List.of(), seen);
    }

    @Test
    void theServersOwnPortIsRefusedEvenWhenLoopbackIsAllowed() {
        String result = returned(run("127.0.0.1", CAUGHT + "return [await caught(fetch(own + '/metrics')), "
                + "(await (await fetch(allowed + '/ok')).json()).host];"));
        assertEquals("[\"ERR_MILLRACE_EGRESS: refused by the egress policy: 127.0.0.1 port " + ownPort
                + " is a port of this server (internal hosts can be allowed with the server variable millrace.egress.allow)\","
                + "\"127.0.0.1:" + allowedPort + "\"]", result);
        assertEquals(List.of(allowedPort + " GET /ok host=127.0.0.1:" + allowedPort), seen);
    }

    @Test
    void everyRedirectHopIsChecked() {
        String result = returned(run("127.0.0.1", CAUGHT + "return [await caught(fetch(allowed + '/to?' + own + '/metrics')), "
                + "await caught(fetch(allowed + '/to?http://[::1]:" + allowedPort + "/x')), "
                + "await (await fetch(allowed + '/to?/final')).json()];"));
        assertTrue(result.startsWith("[\"ERR_MILLRACE_EGRESS: refused by the egress policy: 127.0.0.1 port " + ownPort
                + " is a port of this server"), result);
        assertTrue(result.contains("\"ERR_MILLRACE_EGRESS: refused by the egress policy: 0:0:0:0:0:0:0:1 port " + allowedPort
                + " is a loopback address"), result);
        assertTrue(result.endsWith(",{\"host\":\"127.0.0.1:" + allowedPort + "\"}]"), result);
        assertEquals(List.of(allowedPort + " GET /to?" + "http://127.0.0.1:" + ownPort + "/metrics host=127.0.0.1:" + allowedPort,
                allowedPort + " GET /to?http://[::1]:" + allowedPort + "/x host=127.0.0.1:" + allowedPort,
                allowedPort + " GET /to?/final host=127.0.0.1:" + allowedPort,
                allowedPort + " GET /final host=127.0.0.1:" + allowedPort), seen, "the refused hops were never sent");
    }

    @Test
    void aRequestGoesToTheCheckedAddressWithItsOwnHostHeader() {
        String result = returned(run("127.0.0.1", "const res = await fetch('http://pinned.test:" + allowedPort
                + "/p?q=1');\nreturn [res.status, res.url, (await res.json()).host];"));
        assertEquals("[200,\"http://pinned.test:" + allowedPort + "/p?q=1\",\"pinned.test:" + allowedPort + "\"]", result);
        assertEquals(List.of(allowedPort + " GET /p?q=1 host=pinned.test:" + allowedPort), seen);
    }

    @Test
    void aNameTheGuardCannotResolveFailsAsNotFound() {
        String result = returned(run("127.0.0.1", CAUGHT + "return await caught(fetch('http://nowhere.test/'));"));
        assertEquals("\"ENOTFOUND: getaddrinfo ENOTFOUND nowhere.test\"", result);
    }
}
