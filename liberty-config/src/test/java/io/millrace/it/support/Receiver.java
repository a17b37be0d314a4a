package io.millrace.it.support;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Records the JSON bodies POSTed to it, on a free local port. Close it when done. */
public final class Receiver implements AutoCloseable {
    private final HttpServer server;
    private final List<JsonObject> received = new ArrayList<>();

    public Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (received) {
                received.add(body.isBlank() ? JsonObject.EMPTY_JSON_OBJECT
                        : Json.createReader(new StringReader(body)).readObject());
            }
            byte[] ok = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public List<JsonObject> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Waits until at least {@code n} bodies arrived; returns them. */
    public List<JsonObject> await(int n) {
        return Wait.until(n + " requests to " + url(), 60, this::received, r -> r.size() >= n);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
