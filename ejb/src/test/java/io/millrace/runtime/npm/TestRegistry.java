package io.millrace.runtime.npm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpServer;

/** A tiny npm registry on 127.0.0.1 serving packuments and tarballs built in memory. */
final class TestRegistry implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Map<String, String>> packuments = new ConcurrentHashMap<>(); // name -> version -> manifest JSON
    private final Map<String, String> latest = new ConcurrentHashMap<>();
    private final Map<String, byte[]> tarballs = new ConcurrentHashMap<>();
    final AtomicInteger tarballRequests = new AtomicInteger();

    TestRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8).substring(1);
            byte[] body;
            int status = 200;
            if (path.startsWith("-/tarballs/")) {
                tarballRequests.incrementAndGet();
                body = tarballs.get(path.substring("-/tarballs/".length()));
            } else {
                body = packument(path);
            }
            if (body == null) {
                status = 404;
                body = "{\"error\":\"Not found\"}".getBytes(StandardCharsets.UTF_8);
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Publishes name@version with these files (paths under package/); package.json is generated from {@code manifestExtra}. */
    TestRegistry publish(String name, String version, String manifestExtra, String... files) {
        String manifest = "{\"name\":\"" + name + "\",\"version\":\"" + version + "\"" + (manifestExtra.isEmpty() ? "" : "," + manifestExtra) + "}";
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("package.json", manifest);
        for (int i = 0; i + 1 < files.length; i += 2) {
            entries.put(files[i], files[i + 1]);
        }
        String key = name.replace("/", "-") + "-" + version + ".tgz";
        tarballs.put(key, tgz(entries));
        String withDist = manifest.substring(0, manifest.length() - 1) + ",\"dist\":{\"tarball\":\"" + base() + "/-/tarballs/" + key + "\"}}";
        packuments.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(version, withDist);
        latest.merge(name, version, (a, b) -> Semver.compare(a, b) >= 0 ? a : b);
        return this;
    }

    private byte[] packument(String name) {
        Map<String, String> versions = packuments.get(name);
        if (versions == null) {
            return null;
        }
        StringBuilder out = new StringBuilder("{\"name\":\"" + name + "\",\"dist-tags\":{\"latest\":\"" + latest.get(name) + "\"},\"versions\":{");
        String sep = "";
        for (Map.Entry<String, String> e : versions.entrySet()) {
            out.append(sep).append('"').append(e.getKey()).append("\":").append(e.getValue());
            sep = ",";
        }
        return out.append("}}").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] tgz(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            for (Map.Entry<String, String> e : files.entrySet()) {
                byte[] data = e.getValue().getBytes(StandardCharsets.UTF_8);
                gz.write(header("package/" + e.getKey(), data.length));
                gz.write(data);
                gz.write(new byte[(512 - data.length % 512) % 512]);
            }
            gz.write(new byte[1024]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] header(String name, long size) {
        byte[] h = new byte[512];
        put(h, 0, name);
        put(h, 100, "0000644");
        put(h, 108, "0000000");
        put(h, 116, "0000000");
        put(h, 124, String.format("%011o", size));
        put(h, 136, String.format("%011o", 0));
        h[156] = '0';
        put(h, 257, "ustar");
        put(h, 263, "00");
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        int sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, String.format("%06o", sum));
        h[154] = 0;
        h[155] = ' ';
        return h;
    }

    private static void put(byte[] h, int offset, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, h, offset, b.length);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
