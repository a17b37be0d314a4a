package io.millrace.shared.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** A request that outlives its hard limit renews the client; the requests after it go through a new one. */
class RenewableHttpClientTest {

    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hang", exchange -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.createContext("/ok", exchange -> {
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path)).build();
    }

    @Test
    void aRequestPastItsHardLimitRenewsTheClient() throws Exception {
        RenewableHttpClient client = new RenewableHttpClient("test", HttpClient::newHttpClient);
        HttpClient first = client.current();
        assertEquals("ok", client.send(get("/ok"), HttpResponse.BodyHandlers.ofString(), Duration.ofSeconds(10)).body());
        assertSame(first, client.current());

        assertThrows(HttpTimeoutException.class,
                () -> client.send(get("/hang"), HttpResponse.BodyHandlers.ofString(), Duration.ofMillis(300)));
        assertEquals(1, client.renewals());
        assertNotSame(first, client.current());
        assertEquals("ok", client.send(get("/ok"), HttpResponse.BodyHandlers.ofString(), Duration.ofSeconds(10)).body());
    }

    @Test
    void aClientThatShutDownOrRanOutOfMemoryIsRenewedOnce() {
        RenewableHttpClient client = new RenewableHttpClient("test", HttpClient::newHttpClient);
        HttpClient first = client.current();
        client.failed(first, new java.io.IOException("connection refused"));
        assertSame(first, client.current());
        client.failed(first, new java.io.IOException("selector manager closed"));
        HttpClient second = client.current();
        assertNotSame(first, second);
        client.failed(first, new java.io.IOException("selector manager closed"));
        assertSame(second, client.current(), "a failure seen on the old client does not renew the new one");
        assertEquals(1, client.renewals());
    }
}
