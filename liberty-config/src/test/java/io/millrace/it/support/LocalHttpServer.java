package io.millrace.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;

/**
 * A small HTTP server on 127.0.0.1 that a test runs for the server under test to call (a remote API, a
 * feed, an npm registry, a webhook receiver). Add handlers with {@link #on}, then {@link #start}; close it
 * when done.
 */
public final class LocalHttpServer implements AutoCloseable {
    private final HttpServer server;

    /** On a free port. */
    public LocalHttpServer() {
        this(0);
    }

    public LocalHttpServer(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Handles the requests whose path starts with {@code path}. */
    public LocalHttpServer on(String path, HttpHandler handler) {
        server.createContext(path, handler);
        return this;
    }

    public LocalHttpServer start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port><path>}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /**
     * Answers {@code status} with {@code body} (none when null) and, when not null, this Content-Type,
     * and ends the exchange.
     */
    public static void answer(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
        if (body != null) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
