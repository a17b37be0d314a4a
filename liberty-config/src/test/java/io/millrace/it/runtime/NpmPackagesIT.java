package io.millrace.it.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.JsCode;
import io.millrace.it.support.LocalHttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * npm packages in code steps, from a registry this test serves (the server's MILLRACE_NPM_REGISTRY
 * points at the port the build reserved) with tarballs the test makes.
 */
class NpmPackagesIT {
    private final Api api = Api.server();
    private final int port = Integer.getInteger("millrace.it.npm.port");
    private final Map<String, byte[]> files = new HashMap<>();
    private LocalHttpServer registry;

    @BeforeEach
    void startRegistry() throws IOException {
        publish("shout", Map.of("1.0.0", "module.exports = s => s.toUpperCase() + '!';",
                "1.1.0", "module.exports = s => s.toUpperCase() + '!!';"), Map.of());
        publish("greeter", Map.of("2.0.0", "const shout = require('shout'); module.exports = n => shout('hello ' + n);"),
                Map.of("shout", "^1.0.0"));
        registry = new LocalHttpServer(port).on("/", exchange -> {
            byte[] body = files.get(exchange.getRequestURI().getPath());
            LocalHttpServer.answer(exchange, body == null ? 404 : 200, null, body);
        }).start();
    }

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    @Test
    void importsResolveAtDeployToTheNewestMatchingVersionAndRun() {
        JsonObject wf = api.createHttpWorkflow("npm", JsCode.steps(
                JsCode.step("greet", "import greet from 'greeter'; import pinned from 'shout@1.0.0';"
                        + " export default defineComponent({ async run() { return greet('ada') } })"),
                JsCode.step("latest",
                        "import shout from 'shout'; export default defineComponent({ async run() { return shout('hi') } })")));
        JsonObject pinned = wf.getJsonArray("steps").getJsonObject(0).getJsonObject("packages");
        assertEquals("2.0.0", pinned.getString("greeter"));
        assertEquals("1.0.0", pinned.getString("shout"));
        assertEquals("1.1.0", wf.getJsonArray("steps").getJsonObject(1).getJsonObject("packages").getString("shout"));

        JsonObject ex = api.runOnce(wf);
        assertEquals("success", ex.getString("status"), ex.toString());
        assertEquals("HELLO ADA!", ex.getJsonArray("steps").getJsonObject(0).getString("$return_value"));
        assertEquals("HI!!", ex.getJsonArray("steps").getJsonObject(1).getString("$return_value"));
    }

    @Test
    void anUnknownPackageIsRejectedAtDeployNamingIt() {
        Api.Reply r = api.post("/v1/workflows", "{\"name\":\"npm-missing\",\"steps\":" + JsCode.steps(JsCode.step("s",
                "import x from 'no-such-package'; export default defineComponent({ async run() {} })")) + "}");
        assertEquals(400, r.status());
        assertEquals("steps[0].code", r.error().getString("field"));
        assertTrue(r.error().getString("message").contains("no-such-package"), r.body());
    }

    private void publish(String name, Map<String, String> versions, Map<String, String> dependencies) throws IOException {
        JsonObjectBuilder all = Json.createObjectBuilder();
        String latest = versions.keySet().stream().max(String::compareTo).orElseThrow();
        for (Map.Entry<String, String> v : versions.entrySet()) {
            String tarball = "/" + name + "/-/" + name + "-" + v.getKey() + ".tgz";
            String packageJson = Json.createObjectBuilder().add("name", name).add("version", v.getKey())
                    .add("main", "index.js").build().toString();
            files.put(tarball, tgz(Map.of("package/package.json", packageJson, "package/index.js", v.getValue())));
            JsonObjectBuilder deps = Json.createObjectBuilder();
            dependencies.forEach(deps::add);
            all.add(v.getKey(), Json.createObjectBuilder().add("name", name).add("version", v.getKey())
                    .add("main", "index.js").add("dependencies", deps)
                    .add("dist", Json.createObjectBuilder().add("tarball", "http://127.0.0.1:" + port + tarball)));
        }
        files.put("/" + name, Json.createObjectBuilder().add("name", name)
                .add("dist-tags", Json.createObjectBuilder().add("latest", latest)).add("versions", all)
                .build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A gzipped tar of text files (ustar headers). */
    private static byte[] tgz(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                byte[] data = e.getValue().getBytes(StandardCharsets.UTF_8);
                byte[] header = new byte[512];
                put(header, 0, e.getKey());
                put(header, 100, "0000644");
                put(header, 108, "0000000");
                put(header, 116, "0000000");
                put(header, 124, String.format("%011o", data.length));
                put(header, 136, "00000000000");
                header[156] = '0';
                put(header, 257, "ustar");
                put(header, 263, "00");
                java.util.Arrays.fill(header, 148, 156, (byte) ' ');
                int sum = 0;
                for (byte b : header) {
                    sum += b & 0xff;
                }
                put(header, 148, String.format("%06o", sum));
                header[154] = 0;
                gz.write(header);
                gz.write(data);
                gz.write(new byte[(512 - data.length % 512) % 512]);
            }
            gz.write(new byte[1024]);
        }
        return out.toByteArray();
    }

    private static void put(byte[] header, int at, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, at, bytes.length);
    }
}
