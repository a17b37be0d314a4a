package io.millrace.it.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Archives;
import io.millrace.it.support.JsCode;
import io.millrace.it.support.LocalHttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
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
            files.put(tarball, Archives.tgz(Archives.utf8("",
                    Map.of("package/package.json", packageJson, "package/index.js", v.getValue()))));
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
}
