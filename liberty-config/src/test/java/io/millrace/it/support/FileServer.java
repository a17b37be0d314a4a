package io.millrace.it.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * Files served over HTTP on 127.0.0.1, by exact path (404 for any other path), with the paths asked for
 * recorded: a stand-in for a repository on GitHub or any other place a {@code component_url} points at (the
 * tests cannot reach the Internet).
 */
public final class FileServer implements AutoCloseable {
    /** The seed's GitHub URL of the RSS source, as a path. */
    public static final String RSS_TS = "/PipedreamHQ/pipedream/blob/master/components/rss/sources/new-item-in-feed/new-item-in-feed.ts";
    /** The seed's legacy GitHub URL of the RSS source, as a path. */
    public static final String RSS_JS = "/PipedreamHQ/pipedream/components/rss/rss.js";

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final LocalHttpServer server;

    public FileServer() {
        server = new LocalHttpServer().on("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            asked.add(path);
            byte[] body = files.get(path);
            LocalHttpServer.answer(exchange, body == null ? 404 : 200, body == null ? null : "text/plain", body);
        }).start();
    }

    /** A file server with the code of Millrace's registry RSS source at the seed's two GitHub paths. */
    public static FileServer withSeedRss(Api api) {
        String code = api.get("/v1/components/registry/rss-new-item-in-feed").json().getJsonObject("data").getString("code");
        return new FileServer().put(RSS_TS, code).put(RSS_JS, code);
    }

    public FileServer put(String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public FileServer put(String path, byte[] bytes) {
        files.put(path, bytes);
        return this;
    }

    /** {@code http://127.0.0.1:<port><path>}. */
    public String url(String path) {
        return server.url(path);
    }

    /** The paths requested so far, in order. */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public void close() {
        server.close();
    }
}
