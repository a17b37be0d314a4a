package io.millrace.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Fixtures;
import io.millrace.it.support.Sources;
import io.millrace.it.support.Users;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Workflow files: every fixture workflow ({@code fixtures/workflows}) exported as YAML and JSON and imported again
 * gives the same definition and the same files; what {@code GET /v1/workflows/{id}} answers is accepted by
 * {@code POST} and {@code PUT} (read-only fields ignored, unknown fields still refused).
 */
class ExportImportIT {
    private static final String YAML = "application/yaml";
    private final Api api = Api.server();
    private final String key = System.getProperty("millrace.it.api.key");

    /** The fixture workflows' file names. */
    static List<String> fixtures() {
        try (Stream<Path> files = Files.list(Path.of(ExportImportIT.class.getResource("/fixtures/workflows").toURI()))) {
            List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString()).sorted().toList());
            assertTrue(names.size() >= 5, names.toString());
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Api.Reply send(String method, String path, String contentType, String body) {
        return api.raw(api.request(path).header("Authorization", "Bearer " + key).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A request with a body of {@code contentType} as the user of {@code who}. */
    private static Api.Reply send(Users.TestUser user, String method, String path, String contentType, String body) {
        Api who = user.api();
        return who.raw(who.request(path).header("Authorization", "Bearer " + user.data().getString("api_key"))
                .header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonObject data(Api.Reply r) {
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private Api.Reply export(String id, String format) {
        return api.get("/v1/workflows/" + id + "/export" + (format == null ? "" : "?format=" + format));
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    /** The definition a workflow runs, as GET shows it, without what the server assigns to each workflow. */
    private static JsonObject definition(JsonObject workflow) {
        var triggers = Json.createArrayBuilder();
        for (JsonObject t : workflow.getJsonArray("triggers").getValuesAs(JsonObject.class)) {
            triggers.add(Json.createObjectBuilder(t).remove("id").remove("key").remove("endpoint_url")
                    .remove("created_at").remove("updated_at"));
        }
        return Json.createObjectBuilder().add("name", workflow.getString("name"))
                .add("active", workflow.getBoolean("active")).add("triggers", triggers)
                .add("steps", workflow.getJsonArray("steps")).add("settings", workflow.getJsonObject("settings")).build();
    }

    /** A YAML document as JSON (maps, lists and scalars, as the server reads it). */
    private static JsonObject yaml(String text) {
        Object loaded = new Load(LoadSettings.builder().build()).loadFromString(text);
        return (JsonObject) toJson(loaded);
    }

    private static JsonValue toJson(Object value) {
        if (value instanceof Map<?, ?> map) {
            var o = Json.createObjectBuilder();
            map.forEach((k, v) -> o.add(String.valueOf(k), toJson(v)));
            return o.build();
        }
        if (value instanceof List<?> list) {
            var a = Json.createArrayBuilder();
            list.forEach(v -> a.add(toJson(v)));
            return a.build();
        }
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Number n) {
            return Json.createValue(new java.math.BigDecimal(n.toString()));
        }
        return Json.createValue(value.toString());
    }

    @Test
    void everyFixtureWorkflowRoundTripsThroughItsYamlAndJsonFiles() {
        for (String file : fixtures()) {
            String text = Fixtures.text("workflows/" + file);
            JsonObject original = data(send("POST", "/v1/workflows", file.endsWith(".json") ? "application/json" : YAML,
                    text));
            String id = original.getString("id");

            Api.Reply yamlReply = export(id, null);
            assertEquals(200, yamlReply.status(), file + ": " + yamlReply.body());
            assertTrue(yamlReply.header("Content-Type").startsWith(YAML), yamlReply.header("Content-Type"));
            assertTrue(yamlReply.header("Content-Disposition").startsWith("attachment; filename="), file);
            Api.Reply jsonReply = export(id, "json");
            assertEquals(200, jsonReply.status(), file + ": " + jsonReply.body());
            assertTrue(jsonReply.header("Content-Type").startsWith("application/json"));
            JsonObject exported = parse(jsonReply.body());
            assertEquals(yamlReply.body(), export(id, "yaml").body());
            assertMatchesFixture(file, text, exported);

            JsonObject fromYaml = data(send("POST", "/v1/workflows/import", YAML, yamlReply.body()));
            JsonObject fromJson = data(send("POST", "/v1/workflows/import", "application/json", jsonReply.body()));
            for (JsonObject imported : List.of(fromYaml, fromJson)) {
                assertFalse(imported.getString("id").equals(id));
                assertEquals(definition(original), definition(imported), file);
                assertEquals(yamlReply.body(), export(imported.getString("id"), "yaml").body(), file);
                assertEquals(exported, parse(export(imported.getString("id"), "json").body()), file);
                assertEquals(204, api.delete("/v1/workflows/" + imported.getString("id")).status());
            }
            assertEquals(204, api.delete("/v1/workflows/" + id).status());
        }
    }

    /** The export holds what the fixture says, with the defaults the fixture leaves out. */
    private static void assertMatchesFixture(String file, String text, JsonObject exported) {
        JsonObject fixture = file.endsWith(".json") ? parse(text) : yaml(text);
        assertEquals(fixture.getString("name"), exported.getString("name"), file);
        assertEquals(fixture.getBoolean("active", true), exported.getBoolean("active"), file);
        assertEquals(fixture.getJsonArray("triggers").size(), exported.getJsonArray("triggers").size(), file);
        JsonArray steps = fixture.getJsonArray("steps");
        assertEquals(steps.size(), exported.getJsonArray("steps").size(), file);
        for (int i = 0; i < steps.size(); i++) {
            JsonObject given = steps.getJsonObject(i);
            JsonObject out = exported.getJsonArray("steps").getJsonObject(i);
            assertEquals(given.getString("name"), out.getString("name"), file);
            if (given.containsKey("component")) {
                assertEquals(given.getString("component"), out.getString("component"), file);
                assertFalse(out.containsKey("code"), file + ": the component is resolved again on import");
            } else {
                assertEquals(given.getString("code"), out.getString("code"), file);
            }
            assertEquals(given.getJsonObject("props") == null ? JsonValue.EMPTY_JSON_OBJECT : given.getJsonObject("props"),
                    out.getJsonObject("props") == null ? JsonValue.EMPTY_JSON_OBJECT : out.getJsonObject("props"), file);
        }
        JsonObject settings = fixture.getJsonObject("settings");
        assertEquals(settings == null ? JsonValue.EMPTY_JSON_OBJECT : settings,
                exported.containsKey("settings") ? exported.getJsonObject("settings") : JsonValue.EMPTY_JSON_OBJECT, file);
        for (String serverAssigned : List.of("id", "version", "deployment_id", "org_id", "project_id", "created_at")) {
            assertFalse(exported.containsKey(serverAssigned), file + " exports " + serverAssigned);
        }
    }

    @Test
    void whatGetAnswersIsAcceptedByPostAndPutWithItsReadOnlyFieldsIgnored() {
        String file = "paused-with-nested-props.json";
        JsonObject original = data(send("POST", "/v1/workflows", "application/json", Fixtures.text("workflows/" + file)));
        String id = original.getString("id");
        Api.Reply got = api.get("/v1/workflows/" + id);

        JsonObject copy = data(api.post("/v1/workflows", got.json().getJsonObject("data").toString()));
        assertFalse(copy.getString("id").equals(id));
        assertEquals(1, copy.getInt("version"));
        assertEquals(definition(original), definition(copy));
        JsonObject fromEnvelope = data(api.post("/v1/workflows", got.body()));
        assertEquals(definition(original), definition(fromEnvelope), "the {\"data\": …} envelope is read too");

        JsonObject updated = data(api.put("/v1/workflows/" + id, got.body()));
        assertEquals(2, updated.getInt("version"));
        assertEquals(definition(original), definition(updated));
        assertEquals(original.getJsonArray("triggers").getJsonObject(0).getString("key"),
                updated.getJsonArray("triggers").getJsonObject(0).getString("key"));

        JsonObject withTypo = Json.createObjectBuilder(got.json().getJsonObject("data")).add("stpes", "x").build();
        Api.Reply refused = api.post("/v1/workflows", withTypo.toString());
        assertEquals(400, refused.status(), refused.body());
        assertEquals("stpes", refused.error().getString("field"));
        assertTrue(refused.error().getString("message").contains("stpes"), refused.body());

        JsonObject registryStep = data(send("POST", "/v1/workflows", YAML, Fixtures.text("workflows/registry-action.yaml")));
        JsonObject registryGot = api.get("/v1/workflows/" + registryStep.getString("id")).json().getJsonObject("data");
        assertTrue(registryGot.getJsonArray("steps").getJsonObject(0).containsKey("component_id"));
        JsonObject registryCopy = data(api.post("/v1/workflows", registryGot.toString()));
        assertEquals(definition(registryStep), definition(registryCopy), "a component step with its copied code");

        for (JsonObject w : List.of(original, copy, fromEnvelope, registryStep, registryCopy)) {
            api.delete("/v1/workflows/" + w.getString("id"));
        }
    }

    @Test
    void importTakesAProjectAndRefusesIncompleteFilesAndBadFormats() {
        JsonObject original = data(send("POST", "/v1/workflows", YAML, Fixtures.text("workflows/hello.yaml")));
        String org = original.getString("org_id");
        JsonObject project = data(api.post("/v1/workspaces/" + org + "/projects",
                "{\"name\":\"export-import-" + System.nanoTime() + "\"}"));
        String file = export(original.getString("id"), "yaml").body();
        JsonObject imported = data(send("POST", "/v1/workflows/import?project_id=" + project.getString("id"), YAML, file));
        assertEquals(project.getString("id"), imported.getString("project_id"));

        Api.Reply badProject = send("POST", "/v1/workflows/import?project_id=proj_notthere", YAML, file);
        assertEquals(400, badProject.status(), badProject.body());
        assertEquals("project_id", badProject.error().getString("field"));
        Api.Reply incomplete = send("POST", "/v1/workflows/import", "application/json", "{\"name\":\"x\",\"steps\":[]}");
        assertEquals(400, incomplete.status(), incomplete.body());
        assertEquals("triggers", incomplete.error().getString("field"));
        Api.Reply notYaml = send("POST", "/v1/workflows/import", YAML, "name: [oops");
        assertEquals(400, notYaml.status(), notYaml.body());
        Api.Reply format = export(original.getString("id"), "xml");
        assertEquals(400, format.status(), format.body());
        assertEquals("format", format.error().getString("field"));
        assertEquals(404, export("p_notthere", "json").status());

        api.delete("/v1/workflows/" + original.getString("id"));
        api.delete("/v1/workflows/" + imported.getString("id"));
    }

    private static final String LABELLED_SOURCE = """
            export default {
              name: "Labelled",
              props: {
                http: { type: "$.interface.http" },
                label: { type: "string" },
                token: { type: "string", secret: true, optional: true },
              },
              async run(event) { this.$emit({ label: this.label, body: event.body }, { summary: "got" }); },
            };""";
    private static final String STORE_STEP = """
            export default defineComponent({
              props: { store: { type: "data_store" } },
              async run({ steps }) {
                await this.store.set("last", steps.trigger.event.body);
                return { label: steps.trigger.event.label, token: process.env.API_TOKEN ?? null };
              },
            })""";

    /** A project's archive from one workspace imported into another: the test server promotes to production. */
    @Test
    void aProjectArchivePromotesAProjectToAnotherWorkspace() {
        Api admin = api;
        Users.TestUser test = Users.inNewWorkspace(admin, "promote-from");
        Users.TestUser prod = Users.inNewWorkspace(admin, "promote-to");
        Api a = test.api();
        Api b = prod.api();
        String projectName = "billing-" + System.nanoTime();
        String project = data(a.post("/v1/workspaces/" + test.orgId() + "/projects",
                "{\"name\":\"" + projectName + "\"}")).getString("id");
        data(a.post("/v1/projects/" + project + "/env_vars", "{\"key\":\"API_TOKEN\",\"value\":\"test-only-value-42\","
                + "\"secret\":true,\"description\":\"the payment API's token\"}"));
        data(a.post("/v1/projects/" + project + "/data_stores", "{\"name\":\"orders-store\"}"));
        JsonObject source = data(a.post("/v1/sources", Json.createObjectBuilder().add("name", "incoming-orders")
                .add("project_id", project).add("component_code", LABELLED_SOURCE)
                .add("configured_props", Json.createObjectBuilder().add("label", "orders")
                        .add("token", "s3cr3t-source-token")).build().toString()));
        JsonObject fromSource = data(a.post("/v1/workflows", Json.createObjectBuilder().add("name", "record-order")
                .add("project_id", project)
                .add("triggers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "source")
                        .add("source_id", source.getString("id"))))
                .add("steps", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "record")
                        .add("code", STORE_STEP).add("props", Json.createObjectBuilder().add("store", "orders-store"))))
                .build().toString()));
        JsonObject hello = data(send(test, "POST", "/v1/workflows", YAML,
                Fixtures.text("workflows/hello.yaml").replace("name: hello", "name: hello\nproject_id: " + project)));

        Api.Reply yaml = a.get("/v1/projects/" + project + "/export");
        assertEquals(200, yaml.status(), yaml.body());
        assertTrue(yaml.header("Content-Type").startsWith(YAML), yaml.header("Content-Type"));
        assertFalse(yaml.body().contains("test-only-value-42"), "env var values stay behind");
        assertFalse(yaml.body().contains("s3cr3t-source-token"), "secret props stay behind");
        JsonObject archive = parse(a.get("/v1/projects/" + project + "/export?format=json").body());
        assertEquals(yaml(yaml.body()), archive, "the YAML and JSON archives hold the same");
        assertEquals(1, archive.getInt("millrace_project"));
        assertEquals(projectName, archive.getString("name"));
        assertEquals(List.of("record-order", "hello"), archive.getJsonArray("workflows").getValuesAs(JsonObject.class)
                .stream().map(w -> w.getString("name")).toList());
        assertEquals(parse(a.get("/v1/workflows/" + fromSource.getString("id") + "/export?format=json").body()),
                archive.getJsonArray("workflows").getJsonObject(0), "a workflow is its workflow file");
        JsonObject archivedSource = archive.getJsonArray("sources").getJsonObject(0);
        assertEquals("incoming-orders", archivedSource.getString("name"));
        assertEquals(LABELLED_SOURCE, archivedSource.getString("component_code"));
        assertEquals(Json.createObjectBuilder().add("label", "orders").build(), archivedSource.getJsonObject("configured_props"));
        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "orders-store")).build(),
                archive.getJsonArray("data_stores"));
        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "API_TOKEN").add("secret", true)
                .add("description", "the payment API's token")).build(), archive.getJsonArray("env_vars"));
        assertEquals(404, b.get("/v1/projects/" + project + "/export").status(), "another workspace's project");

        // into production: a new project named like the archive
        Api.Reply imported = send(prod, "POST", "/v1/projects/import", YAML, yaml.body());
        JsonObject result = data(imported);
        assertTrue(result.getBoolean("project_created"));
        String prodProject = result.getString("project_id");
        assertEquals(projectName, data(b.get("/v1/projects/" + prodProject)).getString("name"));
        assertEquals(List.of("created", "created"), results(result, "workflows"));
        assertEquals(List.of("created"), results(result, "sources"));
        assertEquals(List.of("created"), results(result, "data_stores"));
        assertEquals(Json.createArrayBuilder().add("API_TOKEN").build(), result.getJsonArray("missing_env_vars"));

        JsonObject prodSource = data(b.get("/v1/sources/" + result.getJsonArray("sources").getJsonObject(0).getString("id")));
        assertEquals("orders", prodSource.getJsonObject("configured_props").getString("label"));
        String prodFlowId = result.getJsonArray("workflows").getJsonObject(0).getString("id");
        JsonObject prodFlow = data(b.get("/v1/workflows/" + prodFlowId));
        assertEquals(prodProject, prodFlow.getString("project_id"));
        assertEquals(prodSource.getString("id"), prodFlow.getJsonArray("triggers").getJsonObject(0).getString("source_id"),
                "the source trigger follows the imported source");
        assertEquals("imported from a project archive", data(b.get("/v1/workflows/" + prodFlowId + "/versions/1")).getString("message"));
        data(b.post("/v1/projects/" + prodProject + "/env_vars", "{\"key\":\"API_TOKEN\",\"value\":\"prod-value\",\"secret\":true}"));
        Sources.send(b, prodSource, "{\"id\":7}");
        JsonObject ran = b.awaitFinished(prodFlowId);
        assertEquals("success", ran.getString("status"), ran.toString());
        JsonObject returned = ran.getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value");
        assertEquals("orders", returned.getString("label"));
        assertEquals("prod-value", returned.getString("token"), "production's own value");
        JsonObject prodHello = data(b.get("/v1/workflows/" + result.getJsonArray("workflows").getJsonObject(1).getString("id")));
        assertEquals(definition(hello), definition(prodHello));

        // the same archive again into that project changes nothing; a changed workflow gets a new version
        JsonObject again = data(send(prod, "POST", "/v1/projects/import?project_id=" + prodProject, YAML, yaml.body()));
        assertFalse(again.getBoolean("project_created"));
        assertEquals(List.of("unchanged", "unchanged"), results(again, "workflows"));
        assertEquals(List.of("kept"), results(again, "sources"));
        assertEquals(List.of("kept"), results(again, "data_stores"));
        assertEquals(0, again.getJsonArray("missing_env_vars").size());
        data(a.put("/v1/workflows/" + hello.getString("id"), "{\"settings\":{\"timeout_seconds\":12}}"));
        JsonObject changed = data(b.post("/v1/projects/import?project_id=" + prodProject,
                a.get("/v1/projects/" + project + "/export?format=json").body()));
        assertEquals(List.of("unchanged", "updated"), results(changed, "workflows"));
        assertEquals(2, changed.getJsonArray("workflows").getJsonObject(1).getInt("version"));
        assertEquals(12, data(b.get("/v1/workflows/" + prodHello.getString("id"))).getJsonObject("settings")
                .getInt("timeout_seconds"));

        Api.Reply taken = send(prod, "POST", "/v1/projects/import", YAML, yaml.body());
        assertEquals(409, taken.status(), taken.body());
        assertEquals(404, send(prod, "POST", "/v1/projects/import?project_id=" + project, YAML, yaml.body()).status());
        String org = "&org_id=" + prod.orgId();
        JsonObject badFormat = Json.createObjectBuilder(archive).add("millrace_project", 2).build();
        Api.Reply refused = b.post("/v1/projects/import?project_id=" + prodProject + org, badFormat.toString());
        assertEquals("millrace_project", refused.error().getString("field"), refused.body());
        JsonObject badCode = Json.createObjectBuilder(archive).add("name", "never-" + System.nanoTime())
                .add("workflows", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "broken")
                        .add("triggers", Json.createArrayBuilder()).add("steps", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("name", "a").add("code", "export default {"))))).build();
        Api.Reply broken = b.post("/v1/projects/import", badCode.toString());
        assertEquals(400, broken.status(), broken.body());
        assertEquals("workflows[0].steps[0].code", broken.error().getString("field"));
        assertFalse(b.get("/v1/workspaces/" + prod.orgId() + "/projects").body().contains(badCode.getString("name")),
                "a refused archive creates no project");
        JsonObject audit = b.get("/v1/workspaces/" + prod.orgId() + "/audit_log?action=project.imported&limit=1")
                .json().getJsonArray("data").getJsonObject(0);
        assertEquals(prodProject, audit.getJsonObject("target").getString("id"));
        assertEquals(1, audit.getJsonObject("details").getJsonObject("workflows").getInt("updated"));
        assertEquals(1, audit.getJsonObject("details").getJsonObject("workflows").getInt("unchanged"));
    }

    private static List<String> results(JsonObject result, String list) {
        return result.getJsonArray(list).getValuesAs(JsonObject.class).stream().map(o -> o.getString("result")).toList();
    }
}
