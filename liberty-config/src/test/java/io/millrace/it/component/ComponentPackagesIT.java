package io.millrace.it.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Archives;
import io.millrace.it.support.FakeNpmRegistry;
import io.millrace.it.support.FileServer;
import io.millrace.it.support.Fixtures;
import io.millrace.it.support.Sha256;
import io.millrace.it.support.Sources;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Component packages (issue 14): the fixture package {@code fixtures/components/demo}, laid out as in Pipedream's
 * repository (an app file with propDefinitions and methods, {@code common/} files, actions importing
 * {@code ../../demo.app.mjs}, a polling source), deployed each way — files and entry, a tar.gz and a zip, a
 * {@code component_url} served by the test, an npm package from the registry the test serves — and run through
 * the server as workflow steps and as a source.
 */
class ComponentPackagesIT {
    /** The fixture package's files, as they are under fixtures/components/demo. */
    static final List<String> FILES = List.of("package.json", "demo.app.mjs", "common/constants.mjs",
            "common/utils.mjs", "common/describe.js", "actions/greet/greet.mjs", "actions/shout/shout.mjs",
            "actions/cycle/cycle.mjs", "actions/cycle/pong.mjs", "sources/new-item/new-item.mjs",
            "sources/new-request/new-request.mjs");
    private static final String SHOUT = "module.exports = s => s.toUpperCase() + '!';";

    private static FakeNpmRegistry npm;
    private final Api api = Api.server();

    @BeforeAll
    static void startRegistry() {
        npm = new FakeNpmRegistry()
                .publish("fixture-shout", "1.0.0", Map.of("index.js", SHOUT), Map.of())
                .publish("@millrace-fixtures/demo", "0.1.0", Archives.texts(demo()), Map.of("fixture-shout", "^1.0.0"))
                .publish("fixture-stream", "2.3.8", Map.of("index.js", "module.exports = 'stream 2';"), Map.of())
                .publish("fixture-stream", "3.6.0", Map.of("index.js", "module.exports = 'stream 3';"), Map.of())
                .publish("fixture-old-user", "1.0.0", Map.of("index.js",
                        "module.exports = () => 'old user of ' + require('fixture-stream');"), Map.of("fixture-stream", "^2.3.7"));
    }

    @AfterAll
    static void stopRegistry() {
        npm.close();
    }

    static Map<String, String> demo() {
        Map<String, String> files = new LinkedHashMap<>();
        FILES.forEach(f -> files.put(f, Fixtures.text("components/demo/" + f)));
        return files;
    }

    private static JsonObjectBuilder filesJson(Map<String, String> files) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        files.forEach(b::add);
        return b;
    }

    private JsonObject created(Api.Reply r) {
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private JsonObject fromFiles(String entry) {
        return created(api.post("/v1/components", Json.createObjectBuilder().add("files", filesJson(demo()))
                .add("entry", entry).build().toString()));
    }

    /** Runs the action as the one step of a workflow, with {@code name} as its prop; returns the step. */
    private JsonObject runStep(String componentId, String propsJson) {
        JsonObject wf = api.createHttpWorkflow("pkg-" + System.nanoTime(), "[{\"name\":\"act\",\"component\":\""
                + componentId + "\",\"props\":" + propsJson + "}]");
        JsonObject ex = api.runOnce(wf);
        assertEquals("success", ex.getString("status"), ex.toString());
        return ex.getJsonArray("steps").getJsonObject(0);
    }

    @Test
    void filesAndEntryDeployAnActionThatRunsWithItsAppAndCommonFiles() throws Exception {
        JsonObject c = fromFiles("actions/greet/greet.mjs");
        assertEquals("actions/greet/greet.mjs", c.getString("entry"));
        assertEquals(Set.copyOf(FILES), c.getJsonObject("files").keySet());
        assertEquals(Sha256.hex(c.getString("code")), c.getString("code_hash"));
        assertEquals("Greet", c.getString("name"));
        assertEquals("name", c.getJsonArray("configurable_props").getJsonObject(1).getString("name"));
        // the same package again is the same component
        assertEquals(c.getString("id"), fromFiles("actions/greet/greet.mjs").getString("id"));

        JsonObject step = runStep(c.getString("id"), "{\"name\":\"Ada\"}");
        JsonObject value = step.getJsonObject("$return_value");
        assertEquals("Hello, Ada", value.getString("text"));
        assertEquals("Hello, Ada (v0.1.0, 10 characters)", value.getString("decorated"));
        assertEquals("demo", value.getString("app"));
    }

    @Test
    void importCyclesRunAsInNode() {
        JsonObject c = fromFiles("actions/cycle/cycle.mjs");
        assertEquals("pong", runStep(c.getString("id"), "{}").getString("$return_value"));
    }

    @Test
    void aTarballLikeGithubsDeploysAnActionWithAnNpmDependency() {
        byte[] tgz = Archives.tgz(Archives.utf8("demo-main/", demo()));
        JsonObject c = created(api.post("/v1/components", Json.createObjectBuilder()
                .add("archive", Base64.getEncoder().encodeToString(tgz)).add("entry", "actions/shout/shout.mjs")
                .build().toString()));
        assertEquals("1.0.0", c.getJsonObject("packages").getString("fixture-shout"));
        assertEquals("HELLO, ADA! 5", runStep(c.getString("id"), "{\"name\":\"Ada\"}").getString("$return_value"));
    }

    /** {@code POST /v1/components} with the archive's bytes as the body, of {@code type}. */
    private Api.Reply upload(String type, String query, byte[] body) {
        return api.raw(api.request("/v1/components" + query).header("Authorization", "Bearer " + api.apiKey())
                .header("Content-Type", type).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A multipart/form-data body as {@code curl -F archive=@demo.zip -F entry=…} sends it. */
    private static byte[] form(String boundary, byte[] archive, String entry) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"archive\"; filename=\"demo.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n";
        out.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.writeBytes(archive);
        String tail = "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"entry\"\r\n\r\n" + entry
                + "\r\n--" + boundary + "--\r\n";
        out.writeBytes(tail.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void anArchiveUploadedAsTheBodyOrAsAFormDeploysTheSameComponent() {
        byte[] zip = Archives.zip(Archives.utf8("demo-main/", demo()));
        JsonObject raw = created(upload("application/zip", "?entry=actions/greet/greet.mjs", zip));
        assertEquals("actions/greet/greet.mjs", raw.getString("entry"));
        assertEquals(Set.copyOf(FILES), raw.getJsonObject("files").keySet(), "GitHub's top-level directory is removed");
        assertEquals("Hello, Ada", runStep(raw.getString("id"), "{\"name\":\"Ada\"}").getJsonObject("$return_value")
                .getString("text"));
        byte[] tgz = Archives.tgz(Archives.utf8("", demo()));
        assertEquals(raw.getString("id"), created(upload("application/gzip", "?entry=actions/greet/greet.mjs", tgz))
                .getString("id"), "the same package as a tar.gz is the same component");
        assertEquals(raw.getString("id"), created(upload("multipart/form-data; boundary=millrace-upload", "",
                form("millrace-upload", zip, "actions/greet/greet.mjs"))).getString("id"), "and as a form");

        assertBad(upload("application/zip", "", zip), "entry", "query parameter");
        assertBad(upload("application/octet-stream", "?entry=a.mjs", "not an archive".getBytes()), "archive", "neither a zip");
        assertBad(upload("application/zip", "?entry=actions/none.mjs", zip), "entry", "'actions/none.mjs'");
        assertBad(upload("multipart/form-data; boundary=x", "", "--x\r\nnot a form".getBytes()), "archive");
        assertBad(upload("multipart/form-data; boundary=b", "", form("b", zip, "")), "entry", "query parameter");
        Api.Reply tooLarge = upload("application/zip", "?entry=a.mjs", new byte[16 * 1024 * 1024 + 1024]);
        assertEquals(413, tooLarge.status(), tooLarge.body());
    }

    @Test
    void aZipDeploysAPollingSourceThatEmitsWithItsAppAndCommonFiles() {
        byte[] zip = Archives.zip(Archives.utf8("", demo()));
        JsonObject c = created(api.post("/v1/components", Json.createObjectBuilder()
                .add("archive", Base64.getEncoder().encodeToString(zip)).add("entry", "sources/new-item/new-item.mjs")
                .build().toString()));
        JsonObject timer = c.getJsonArray("configurable_props").getJsonObject(2);
        assertEquals(Json.createObjectBuilder().add("intervalSeconds", 60).build(), timer.getJsonObject("default"));
        JsonObject source = Sources.create(api, "{\"component_id\":\"" + c.getString("id") + "\",\"name\":\"pkg-source-"
                + System.nanoTime() + "\"}");
        List<JsonValue> events = Sources.awaitEmitted(api, source.getString("id"), 3, 60);
        assertEquals("item 1 (v0.1.0, 6 characters)", events.get(0).asJsonObject().getString("label"));
        assertEquals(409, api.delete("/v1/components/" + c.getString("id")).status());
        assertEquals(204, api.delete("/v1/sources/" + source.getString("id")).status());
        assertEquals(204, api.delete("/v1/components/" + c.getString("id")).status());
        assertEquals(404, api.get("/v1/components/" + c.getString("id")).status());
    }

    @Test
    void anHttpSourceFromFilesAnswersAndEmitsWithItsAppAndCommonFiles() {
        JsonObject c = fromFiles("sources/new-request/new-request.mjs");
        JsonObject source = Sources.create(api, "{\"component_id\":\"" + c.getString("id") + "\",\"name\":\"pkg-http-"
                + System.nanoTime() + "\"}");
        Api.Reply r = api.raw(api.request(Sources.endpoint(source, "http")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"Dee\"}")));
        assertEquals(200, r.status(), r.body());
        assertEquals("Hello, Dee", r.json().getString("greeting"));
        JsonObject event = Sources.awaitEmitted(api, source.getString("id"), 1, 60).get(0).asJsonObject();
        assertEquals("Hello, Dee (v0.1.0, 10 characters)", event.getString("decorated"));
        assertEquals(204, api.delete("/v1/sources/" + source.getString("id")).status());
    }

    @Test
    void aComponentUrlFetchesItsRelativeImportsFromTheSameBaseUrl() {
        String base = "/acme/components/blob/main/components/demo/";
        FileServer github = new FileServer();
        demo().forEach((path, text) -> github.put(base + path, text));
        try (github) {
            JsonObject c = created(api.post("/v1/components", Json.createObjectBuilder()
                    .add("component_url", github.url(base + "actions/greet/greet.mjs")).build().toString()));
            assertEquals("actions/greet/greet.mjs", c.getString("entry"));
            assertEquals(Set.of("actions/greet/greet.mjs", "demo.app.mjs", "common/constants.mjs", "common/utils.mjs",
                    "common/describe.js"), c.getJsonObject("files").keySet());
            assertEquals("Hello, Bo", runStep(c.getString("id"), "{\"name\":\"Bo\"}").getJsonObject("$return_value")
                    .getString("text"));
            // an extensionless import is fetched as Node resolves it: the path as written, then with .mjs
            JsonObject shout = created(api.post("/v1/components", Json.createObjectBuilder()
                    .add("component_url", github.url(base + "actions/shout/shout.mjs")).build().toString()));
            assertTrue(shout.getJsonObject("files").containsKey("common/constants.mjs"), shout.toString());
            assertTrue(github.asked().contains(base + "common/constants"), github.asked().toString());
        }
    }

    @Test
    void anNpmPackageAndAnEntryDeployAnAction() {
        JsonObject c = created(api.post("/v1/components", Json.createObjectBuilder()
                .add("npm", "@millrace-fixtures/demo@^0.1.0").add("entry", "actions/shout/shout.mjs").build().toString()));
        assertEquals("Shout", c.getString("name"));
        assertEquals("1.0.0", c.getJsonObject("packages").getString("fixture-shout"));
        assertEquals("HELLO, CY! 5", runStep(c.getString("id"), "{\"name\":\"Cy\"}").getString("$return_value"));
    }

    @Test
    void conflictingNpmRangesInstallANestedVersionAsNpmDoes() {
        JsonObject c = created(api.post("/v1/components", Json.createObjectBuilder().add("entry", "a.mjs")
                .add("files", Json.createObjectBuilder()
                        .add("package.json", "{\"dependencies\": {\"fixture-stream\": \"^3.4.0\", \"fixture-old-user\": \"1\"}}")
                        .add("a.mjs", "import stream from 'fixture-stream';\nimport oldUser from 'fixture-old-user';\n"
                                + "export default { name: 'nested', async run() { return [stream, oldUser()]; } };"))
                .build().toString()));
        assertEquals(Json.createObjectBuilder().add("fixture-old-user", "1.0.0").add("fixture-stream", "3.6.0")
                .add("fixture-old-user/node_modules/fixture-stream", "2.3.8").build(), c.getJsonObject("packages"));
        assertEquals(Json.createArrayBuilder().add("stream 3").add("old user of stream 2").build(),
                runStep(c.getString("id"), "{}").getJsonArray("$return_value"));
    }

    @Test
    void aComponentUsedByAWorkflowCannotBeDeletedUntilTheWorkflowIs() {
        JsonObject c = fromFiles("actions/greet/greet.mjs");
        JsonObject wf = api.createHttpWorkflow("pkg-in-use-" + System.nanoTime(), "[{\"name\":\"act\",\"component\":\""
                + c.getString("id") + "\",\"props\":{\"name\":\"x\"}}]");
        Api.Reply inUse = api.delete("/v1/components/" + c.getString("id"));
        assertEquals(409, inUse.status(), inUse.body());
        assertTrue(inUse.error().getString("message").contains(wf.getString("id")), inUse.body());
        assertEquals(204, api.delete("/v1/workflows/" + wf.getString("id")).status());
        assertEquals(204, api.delete("/v1/components/" + c.getString("id")).status());
        assertEquals(404, api.delete("/v1/components/" + c.getString("id")).status());
    }

    private Api.Reply post(JsonObjectBuilder body) {
        return api.post("/v1/components", body.build().toString());
    }

    private static void assertBad(Api.Reply r, String field, String... words) {
        assertEquals(400, r.status(), r.body());
        assertEquals(field, r.error().getString("field"), r.body());
        for (String word : words) {
            assertTrue(r.error().getString("message").contains(word), word + " in " + r.body());
        }
    }

    @Test
    void badPackagesAre400sNamingTheFieldTheImporterAndTheSpecifier() {
        String run = "\nexport default { run() { return 1; } };";
        assertBad(post(Json.createObjectBuilder().add("files", Json.createObjectBuilder()
                        .add("actions/a/a.mjs", "import x from '../../../outside.mjs';" + run)).add("entry", "actions/a/a.mjs")),
                "files", "actions/a/a.mjs", "'../../../outside.mjs'", "outside the package");
        assertBad(post(Json.createObjectBuilder().add("files", Json.createObjectBuilder()
                        .add("a.mjs", "import x from './lib/missing';" + run)).add("entry", "a.mjs")),
                "files", "a.mjs", "'./lib/missing'", "names no file");
        assertBad(post(Json.createObjectBuilder().add("files", Json.createObjectBuilder().add("a.mjs", run))
                .add("entry", "b.mjs")), "entry", "'b.mjs'");
        assertBad(post(Json.createObjectBuilder().add("files", Json.createObjectBuilder().add("a.mjs", run))), "entry");
        assertBad(post(Json.createObjectBuilder().add("files", Json.createObjectBuilder().add("../a.mjs", run))
                .add("entry", "a.mjs")), "files", "'../a.mjs'");
        assertBad(post(Json.createObjectBuilder().add("component_code", run).add("files", Json.createObjectBuilder()
                .add("a.mjs", run)).add("entry", "a.mjs")), "files", "one way");
        assertBad(post(Json.createObjectBuilder().add("archive", "bm90IGFuIGFyY2hpdmU=").add("entry", "a.mjs")),
                "archive", "neither a zip");
        assertBad(post(Json.createObjectBuilder().add("npm", "no-such-fixture-package").add("entry", "a.mjs")),
                "npm", "no-such-fixture-package");
    }

    @Test
    void aZipBombAndAPackageOverTheSizeLimitAreRefused() {
        byte[] zeros = new byte[40 * 1024 * 1024];
        byte[] bomb = Archives.zip(Map.of("bomb.js", zeros));
        assertBad(post(Json.createObjectBuilder().add("archive", Base64.getEncoder().encodeToString(bomb))
                .add("entry", "bomb.js")), "archive", "zip bomb");

        StringBuilder big = new StringBuilder("// noise\n");
        java.util.Random random = new java.util.Random(14);
        while (big.length() < 5 * 1024 * 1024) {
            big.append(Long.toHexString(random.nextLong())).append('\n');
        }
        byte[] large = Archives.tgz(Archives.utf8("", Map.of("a.mjs", "export default { run() {} };", "big.js", big.toString())));
        assertBad(post(Json.createObjectBuilder().add("archive", Base64.getEncoder().encodeToString(large))
                .add("entry", "a.mjs")), "archive", "4194304 bytes");
    }

    @Test
    void anUnresolvedImportAtAUrlIs400NamingIt() {
        try (FileServer files = new FileServer().put("/x/a.mjs", "import b from './b.mjs';\nexport default { run() { return b; } };")) {
            assertBad(post(Json.createObjectBuilder().add("component_url", files.url("/x/a.mjs"))), "component_url",
                    "x/a.mjs", "'./b.mjs'", "could not be fetched");
        }
    }
}
