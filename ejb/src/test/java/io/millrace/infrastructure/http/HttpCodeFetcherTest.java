package io.millrace.infrastructure.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import io.millrace.shared.egress.EgressGuard;
import io.millrace.shared.egress.EgressPolicy;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpCodeFetcherTest {
    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestURI().toString());
            if (exchange.getRequestURI().getPath().equals("/to")) {
                exchange.getResponseHeaders().add("Location", exchange.getRequestURI().getRawQuery());
                exchange.sendResponseHeaders(302, -1);
            } else {
                byte[] code = "export default {}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, code.length);
                exchange.getResponseBody().write(code);
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static HttpCodeFetcher fetcher(EgressGuard guard) {
        HttpCodeFetcher fetcher = new HttpCodeFetcher();
        fetcher.egress = guard;
        return fetcher;
    }

    @Test
    void aComponentUrlOnLoopbackIsRefusedByDefault() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fetcher(EgressGuard.DEFAULT).fetch(base + "/c.js"));
        assertEquals("component_url cannot be fetched: refused by the egress policy: 127.0.0.1 port "
                + server.getAddress().getPort() + " is a loopback address (internal hosts can be allowed with the"
                + " server variable millrace.egress.allow)", e.getMessage());
        assertEquals(List.of(), received);
    }

    @Test
    void redirectsAreFollowedAndEachHopIsChecked() {
        HttpCodeFetcher fetcher = fetcher(EgressGuard.of(EgressPolicy.allowing("127.0.0.1")));
        assertEquals("export default {}", fetcher.fetch(base + "/to?/c.js"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fetcher.fetch(base + "/to?http://10.0.0.1/c.js"));
        assertEquals(true, e.getMessage().contains("10.0.0.1 port 80 is a private address"), e.getMessage());
    }
}
