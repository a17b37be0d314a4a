package io.millrace.it.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A local HTTP server that answers 503 to the first {@code failures} POSTs and 200 after; records every one. */
public final class FlakyReceiver implements AutoCloseable {
    /** One request: its body, the attempt header and when it arrived. */
    public record Hit(String body, String attempt, String eventId, int answered, long atMillis) {
    }

    private final LocalHttpServer server;
    private final List<Hit> hits = new ArrayList<>();

    public FlakyReceiver(int failures) {
        server = new LocalHttpServer().on("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status;
            synchronized (hits) {
                status = hits.size() < failures ? 503 : 200;
                hits.add(new Hit(body, exchange.getRequestHeaders().getFirst("X-Millrace-Delivery-Attempt"),
                        exchange.getRequestHeaders().getFirst("X-Millrace-Event-Id"), status, System.currentTimeMillis()));
            }
            LocalHttpServer.answer(exchange, status, null, null);
        }).start();
    }

    public String url() {
        return server.url("/hook");
    }

    public List<Hit> hits() {
        synchronized (hits) {
            return List.copyOf(hits);
        }
    }

    public List<Hit> await(int n) {
        return Wait.until(n + " requests to " + url(), 60, this::hits, h -> h.size() >= n);
    }

    @Override
    public void close() {
        server.close();
    }
}
