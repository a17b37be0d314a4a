package io.millrace.it.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.FileServer;
import io.millrace.it.support.LocalHttpServer;
import io.millrace.it.support.Sha256;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /v1/components}: saving components from code or URLs, reading them, the registry and its search. */
class ComponentsIT {
    static final Set<String> COMPONENT_FIELDS = Set.of("id", "code", "code_hash", "name", "version",
            "configurable_props", "created_at", "updated_at");
    private static final String CODE = """
            export default {
              name: "Example Source",
              key: "example-source-KEY",
              version: "0.0.1",
              props: {
                msg: { type: "string", label: "Message", description: "Enter a message", optional: true },
                timer: { type: "$.interface.timer", default: { intervalSeconds: 60 } },
              },
              async run() { this.$emit({ msg: this.msg }); },
            };""";
    private final Api api = Api.server();
    private LocalHttpServer files;

    @BeforeEach
    void serveFiles() {
        files = new LocalHttpServer()
                .on("/source.mjs", exchange -> LocalHttpServer.answer(exchange, 200, null,
                        CODE.replace("KEY", "fetched").getBytes(StandardCharsets.UTF_8)))
                .on("/missing.mjs", exchange -> LocalHttpServer.answer(exchange, 404, null, null))
                .start();
    }

    @AfterEach
    void stopFiles() {
        files.close();
    }

    private String url(String path) {
        return files.url(path);
    }

    /** Checks the seed's component shape field by field. */
    static void assertComponentShape(JsonObject c) throws Exception {
        assertEquals(COMPONENT_FIELDS, c.keySet());
        assertTrue(c.getString("id").matches("sc_[A-Za-z0-9]{8}"), c.getString("id"));
        assertEquals(Sha256.hex(c.getString("code")), c.getString("code_hash"));
        long now = System.currentTimeMillis() / 1000;
        long created = c.getJsonNumber("created_at").longValue();
        assertTrue(created > 1_700_000_000L && created <= now + 5, "created_at in epoch seconds: " + created);
        assertEquals(created, c.getJsonNumber("updated_at").longValue());
    }

    @Test
    void createFromCodeAnswersTheSeedsShape() throws Exception {
        String code = CODE.replace("KEY", "code");
        Api.Reply r = api.post("/v1/components", Json.createObjectBuilder().add("component_code", code).build().toString());
        assertEquals(200, r.status(), r.body());
        JsonObject c = r.json().getJsonObject("data");
        assertComponentShape(c);
        assertEquals(code, c.getString("code"));
        assertEquals("Example Source", c.getString("name"));
        assertEquals("0.0.1", c.getString("version"));
        JsonArray props = c.getJsonArray("configurable_props");
        assertEquals(2, props.size());
        assertEquals(Json.createObjectBuilder().add("name", "msg").add("type", "string").add("label", "Message")
                .add("description", "Enter a message").add("optional", true).build(), props.getJsonObject(0));
        assertEquals(Json.createObjectBuilder().add("name", "timer").add("type", "$.interface.timer")
                .add("default", Json.createObjectBuilder().add("intervalSeconds", 60)).build(), props.getJsonObject(1));

        // GET by id and by key (the seed's "my-component"), in the same shape
        assertEquals(c, api.get("/v1/components/" + c.getString("id")).json().getJsonObject("data"));
        assertEquals(c, api.get("/v1/components/example-source-code").json().getJsonObject("data"));
        // the same code again is the same saved component
        assertEquals(c.getString("id"), api.post("/v1/components", Json.createObjectBuilder()
                .add("component_code", code).build().toString()).json().getJsonObject("data").getString("id"));
    }

    /** The seed's GitHub URLs, served by the test with the code of Millrace's RSS source (the Internet is not reachable). */
    @Test
    void theSeedsCurlExampleCreatesTheRssComponentFromItsGithubUrl() throws Exception {
        try (FileServer github = FileServer.withSeedRss(api)) {
            for (String path : List.of(FileServer.RSS_JS, FileServer.RSS_TS)) {
                String url = github.url(path);
                Api.Reply r = api.post("/v1/components", "{\"component_url\": \"" + url + "\"}");
                assertEquals(200, r.status(), r.body());
                JsonObject c = r.json().getJsonObject("data");
                assertComponentShape(c);
                assertTrue(c.getString("code").contains("rss-new-item-in-feed"), c.getString("code"));
                assertEquals("0.1.0", c.getString("version"));
                JsonArray props = c.getJsonArray("configurable_props");
                assertEquals(Json.createObjectBuilder().add("name", "url").add("type", "string").add("label", "Feed URL")
                        .add("description", "Enter the URL for any public RSS feed.").build(), props.getJsonObject(0));
                assertEquals(Json.createObjectBuilder().add("name", "timer").add("type", "$.interface.timer")
                        .add("default", Json.createObjectBuilder().add("intervalSeconds", 900)).build(), props.getJsonObject(1));
            }
        }
    }

    /**
     * A URL laid out like Pipedream's repository runs the code found at it, never a registry component with a
     * matching key (before issue 14 it silently ran Millrace's RSS source).
     */
    @Test
    void aUrlInPipedreamsLayoutRunsTheCodeAtThatUrl() {
        String mine = CODE.replace("KEY", "at-the-url");
        try (FileServer github = new FileServer().put(FileServer.RSS_TS, mine)) {
            Api.Reply r = api.post("/v1/components", "{\"component_url\": \"" + github.url(FileServer.RSS_TS) + "\"}");
            assertEquals(200, r.status(), r.body());
            assertEquals(mine, r.json().getJsonObject("data").getString("code"));
            assertEquals(List.of(FileServer.RSS_TS), github.asked());
        }
    }

    @Test
    void aComponentUrlIsFetchedAndCodeWinsOverIt() throws Exception {
        Api.Reply fetched = api.post("/v1/components", "{\"component_url\": \"" + url("/source.mjs") + "\"}");
        assertEquals(200, fetched.status(), fetched.body());
        JsonObject c = fetched.json().getJsonObject("data");
        assertComponentShape(c);
        assertEquals(CODE.replace("KEY", "fetched"), c.getString("code"));

        String given = CODE.replace("KEY", "given");
        Api.Reply both = api.post("/v1/components", Json.createObjectBuilder().add("component_code", given)
                .add("component_url", url("/source.mjs")).build().toString());
        assertEquals(200, both.status(), both.body());
        assertEquals(given, both.json().getJsonObject("data").getString("code"));
        assertNotEquals(c.getString("id"), both.json().getJsonObject("data").getString("id"));
    }

    @Test
    void badInputIs400NamingTheField() {
        Api.Reply syntax = api.post("/v1/components", Json.createObjectBuilder()
                .add("component_code", "export default {\n  name: 'x',\n  async run() { this.$emit( }\n};").build().toString());
        assertEquals(400, syntax.status(), syntax.body());
        assertEquals("component_code", syntax.error().getString("field"));
        assertTrue(syntax.error().getString("message").contains("line 3"), syntax.body());

        Api.Reply noRun = api.post("/v1/components", "{\"component_code\": \"export default { name: 'x' }\"}");
        assertEquals(400, noRun.status(), noRun.body());
        assertEquals("component_code", noRun.error().getString("field"));

        Api.Reply missing = api.post("/v1/components", "{\"component_url\": \"" + url("/missing.mjs") + "\"}");
        assertEquals(400, missing.status(), missing.body());
        assertEquals("component_url", missing.error().getString("field"));
        assertTrue(missing.error().getString("message").contains("404"), missing.body());

        Api.Reply scheme = api.post("/v1/components", "{\"component_url\": \"file:///etc/passwd\"}");
        assertEquals(400, scheme.status(), scheme.body());
        assertEquals("component_url", scheme.error().getString("field"));

        Api.Reply none = api.post("/v1/components", "{}");
        assertEquals(400, none.status(), none.body());
        assertEquals("component_code", none.error().getString("field"));

        Api.Reply unknown = api.post("/v1/components", "{\"component_code\": \"x\", \"colour\": 1}");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("colour", unknown.error().getString("field"));

        assertEquals(404, api.get("/v1/components/sc_nosuchid").status());
        assertEquals(404, api.get("/v1/components/no-such-key").status());
        assertEquals(404, api.get("/v1/components/registry/github-new-repository").status());
    }

    @Test
    void theRegistryHasMillracesComponents() throws Exception {
        for (String key : List.of("http-new-requests", "schedule", "rss-new-item-in-feed", "http-request",
                "return-http-response", "data-store-get", "data-store-set", "data-store-delete", "filter", "delay",
                "send-email")) {
            Api.Reply r = api.get("/v1/components/registry/" + key);
            assertEquals(200, r.status(), key + ": " + r.body());
            JsonObject c = r.json().getJsonObject("data");
            assertComponentShape(c);
            assertTrue(c.getString("code").contains("key: \"" + key + "\""), key);
            // a registry component is also readable by its id
            assertEquals(c, api.get("/v1/components/" + c.getString("id")).json().getJsonObject("data"));
        }
    }

    @Test
    void searchIsAPlainTextMatchOverTheRegistry() {
        JsonObject rss = api.get("/v1/components/search?query=new%20items%20in%20an%20RSS%20feed").json();
        assertEquals(Set.of("sources", "actions"), rss.keySet());
        assertEquals("rss-new-item-in-feed", rss.getJsonArray("sources").getString(0));

        JsonObject http = api.get("/v1/components/search?query=http&app=http&limit=1").json();
        assertEquals(1, http.getJsonArray("sources").size());
        assertEquals("http-new-requests", http.getJsonArray("sources").getString(0));
        assertEquals(1, http.getJsonArray("actions").size());

        JsonObject store = api.get("/v1/components/search?query=data%20store%20record&app=data_stores").json();
        assertEquals(0, store.getJsonArray("sources").size());
        assertEquals(Set.of("data-store-get", "data-store-set", "data-store-delete"),
                Set.copyOf(store.getJsonArray("actions").getValuesAs(jakarta.json.JsonString::getString)));

        // the seed's example request: the same shape, at most one source and one action
        JsonObject seed = api.get("/v1/components/search?query=%22When%20a%20new%20Hubspot%20contact%20is%20added,"
                + "%20send%20me%20an%20SMS%22&limit=1").json();
        assertEquals(Set.of("sources", "actions"), seed.keySet());
        assertTrue(seed.getJsonArray("sources").size() <= 1 && seed.getJsonArray("actions").size() <= 1, seed.toString());

        JsonObject nothing = api.get("/v1/components/search?query=zzzqqq").json();
        assertEquals(0, nothing.getJsonArray("sources").size() + nothing.getJsonArray("actions").size());
        assertEquals(400, api.get("/v1/components/search?query=x&limit=0").status());
    }
}
