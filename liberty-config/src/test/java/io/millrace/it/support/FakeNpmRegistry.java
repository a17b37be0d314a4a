package io.millrace.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An npm registry on 127.0.0.1 at the port the server's {@code MILLRACE_NPM_REGISTRY} points at
 * ({@code millrace.it.npm.port}): packuments and tarballs of the packages a test publishes. Package versions
 * are cached by the server once downloaded, so a test publishes each name@version with one content only.
 */
public final class FakeNpmRegistry implements AutoCloseable {
    private final int port = Integer.getInteger("millrace.it.npm.port");
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Map<String, JsonObject>> versions = new ConcurrentHashMap<>();
    private final LocalHttpServer server;

    public FakeNpmRegistry() {
        server = new LocalHttpServer(port).on("/", exchange -> {
            String path = java.net.URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            byte[] body = files.get(path);
            LocalHttpServer.answer(exchange, body == null ? 404 : 200, body == null ? null : "application/json", body);
        }).start();
    }

    /**
     * Publishes {@code name@version} with these files (paths inside the package, without npm's {@code package/}
     * folder; a package.json is made unless given) and dependencies (name to range).
     */
    public FakeNpmRegistry publish(String name, String version, Map<String, String> texts, Map<String, String> dependencies) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        dependencies.forEach(builder::add);
        JsonObject deps = builder.build(); // a builder is emptied by build(): build once, use twice
        Map<String, String> all = new LinkedHashMap<>(texts);
        all.putIfAbsent("package.json", Json.createObjectBuilder().add("name", name).add("version", version)
                .add("main", "index.js").add("dependencies", deps).build().toString());
        String tarball = "/" + name + "/-/" + name.substring(name.indexOf('/') + 1) + "-" + version + ".tgz";
        files.put(tarball, Archives.tgz(Archives.utf8("package/", all)));
        JsonObjectBuilder manifest = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(all.get("package.json"))).readObject())
                .add("name", name).add("version", version).add("dependencies", deps)
                .add("dist", Json.createObjectBuilder().add("tarball", "http://127.0.0.1:" + port + tarball));
        versions.computeIfAbsent(name, k -> new ConcurrentHashMap<>()).put(version, manifest.build());
        JsonObjectBuilder packument = Json.createObjectBuilder().add("name", name);
        JsonObjectBuilder vs = Json.createObjectBuilder();
        String latest = null;
        for (Map.Entry<String, JsonObject> v : versions.get(name).entrySet()) {
            vs.add(v.getKey(), v.getValue());
            latest = latest == null || compare(v.getKey(), latest) > 0 ? v.getKey() : latest;
        }
        packument.add("dist-tags", Json.createObjectBuilder().add("latest", latest)).add("versions", vs);
        files.put("/" + name, packument.build().toString().getBytes(StandardCharsets.UTF_8));
        return this;
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i].replaceAll("\\D.*", "")), Integer.parseInt(y[i].replaceAll("\\D.*", "")));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    @Override
    public void close() {
        server.close();
    }
}
