package io.millrace.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Records the JSON bodies POSTed to it, on a free local port. Close it when done. */
public final class Receiver implements AutoCloseable {
    private final LocalHttpServer server;
    private final List<JsonObject> received = new ArrayList<>();

    public Receiver() {
        server = new LocalHttpServer().on("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (received) {
                received.add(body.isBlank() ? JsonObject.EMPTY_JSON_OBJECT
                        : Json.createReader(new StringReader(body)).readObject());
            }
            LocalHttpServer.answer(exchange, 200, "application/json", "{\"ok\":true}".getBytes(StandardCharsets.UTF_8));
        }).start();
    }

    public String url() {
        return server.url("/");
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
        server.close();
    }
}
