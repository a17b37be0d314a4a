package io.millrace.infrastructure.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.sun.net.httpserver.HttpServer;
import io.millrace.shared.egress.EgressGuard;
import io.millrace.shared.egress.EgressPolicy;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpWebhookPosterTest {
    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private int port;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " host="
                    + exchange.getRequestHeaders().getFirst("Host") + " " + new String(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static HttpWebhookPoster poster(EgressGuard guard) {
        HttpWebhookPoster poster = new HttpWebhookPoster();
        poster.egress = guard;
        return poster;
    }

    @Test
    void aWebhookToLoopbackIsRefusedByDefaultAndNotSent() {
        String failure = poster(EgressGuard.DEFAULT).post("http://127.0.0.1:" + port + "/hook", Map.of(), "{}");
        assertEquals("refused by the egress policy: 127.0.0.1 port " + port + " is a loopback address (internal hosts"
                + " can be allowed with the server variable millrace.egress.allow)", failure);
        assertEquals(List.of(), received);
        String metadata = poster(EgressGuard.DEFAULT).post("http://169.254.169.254/latest/meta-data", Map.of(), "{}");
        assertEquals("refused by the egress policy: 169.254.169.254 port 80 is a link-local address (internal hosts"
                + " can be allowed with the server variable millrace.egress.allow)", metadata);
    }

    @Test
    void anAllowedWebhookIsPostedToTheCheckedAddressWithItsHostHeader() {
        HttpWebhookPoster poster = poster(EgressGuard.of(EgressPolicy.allowing("127.0.0.1")));
        assertNull(poster.post("http://localhost:" + port + "/hook?a=1", Map.of("Content-Type", "application/json"), "{\"x\":1}"));
        assertEquals(List.of("POST /hook?a=1 host=localhost:" + port + " {\"x\":1}"), received);
    }
}
