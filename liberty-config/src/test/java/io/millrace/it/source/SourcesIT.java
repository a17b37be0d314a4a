package io.millrace.it.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.FeedServer;
import io.millrace.it.support.FileServer;
import io.millrace.it.support.Fixtures;
import io.millrace.it.support.Sources;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /v1/sources}: the seed's create, list, update and delete examples, field by field, and bad input. */
class SourcesIT {
    static final Set<String> SOURCE_FIELDS = Set.of("id", "user_id", "component_id", "configured_props", "active",
            "created_at", "updated_at", "name", "name_slug", "project_id", "owner_id", "configurable_props", "type");
    /** A source in a list: the seed's list examples show no {@code user_id}. */
    static final Set<String> LISTED_SOURCE_FIELDS = Set.of("id", "component_id", "configured_props", "active",
            "created_at", "updated_at", "name", "name_slug", "project_id", "owner_id", "configurable_props", "type");
    /** Emits each request's body, with the method as summary. */
    static final String HTTP_SOURCE = Fixtures.text("components/echo.mjs");
    private static FeedServer feed;
    private final Api api = Api.server();

    private JsonObject me() {
        return api.get("/v1/users/me").json().getJsonObject("data");
    }

    static void assertSourceShape(JsonObject s) {
        assertSourceShape(s, SOURCE_FIELDS);
    }

    static void assertSourceShape(JsonObject s, Set<String> fields) {
        assertEquals(fields, s.keySet());
        assertTrue(s.getString("id").matches("dc_[A-Za-z0-9]{8}"), s.getString("id"));
        assertTrue(s.getString("component_id").startsWith("sc_"), s.getString("component_id"));
        long created = s.getJsonNumber("created_at").longValue();
        assertTrue(created > 1_700_000_000L && created <= System.currentTimeMillis() / 1000 + 5, "epoch s " + created);
        assertTrue(s.getJsonNumber("updated_at").longValue() >= created);
    }

    @BeforeAll
    static void startFeed() {
        feed = new FeedServer();
        feed.add(1, Instant.parse("2026-01-01T00:00:00Z"));
    }

    @AfterAll
    static void stopFeed() {
        feed.close();
    }

    /**
     * The seed's example with a local feed (the RSS source reads its feed when it is deployed, and the
     * seed's rss.m.pipedream.net is not reachable from the tests) and the seed's GitHub URL served by the test
     * with the code of Millrace's RSS source (the code at a URL is what runs).
     */
    @Test
    void theSeedsCreateExampleWithAComponentUrl() {
        String slug = "your-name-here-" + Long.toString(System.nanoTime(), 36);
        JsonObject s;
        try (FileServer github = FileServer.withSeedRss(api)) {
            s = Sources.create(api, """
                    {"component_url": "%s",
                     "name": "%s", "configured_props": { "url": "%s", "timer": { "intervalSeconds": 60 }}}"""
                    .formatted(github.url(FileServer.RSS_TS), slug, feed.url()));
        }
        assertSourceShape(s);
        assertEquals(me().getString("id"), s.getString("user_id"));
        assertEquals(Json.createObjectBuilder().add("url", feed.url()).add("timer", Json.createObjectBuilder()
                .addNull("cron").add("interval_seconds", 60)).build(), s.getJsonObject("configured_props"));
        assertTrue(s.getBoolean("active"));
        assertEquals(slug, s.getString("name"));
        assertEquals(slug, s.getString("name_slug"));
        assertEquals(s, api.get("/v1/sources/" + s.getString("id")).json().getJsonObject("data"));
        api.delete("/v1/sources/" + s.getString("id"));
    }

    @Test
    void theRssExampleCreatesARegistrySourceByKey() {
        JsonObject registry = api.get("/v1/components/registry/rss-new-item-in-feed").json().getJsonObject("data");
        JsonObject s = Sources.create(api, "{\"key\": \"rss-new-item-in-feed\", \"name\": \"test-rss\", \"configured_props\":"
                + " { \"url\": \"" + feed.url() + "\", \"timer\": { \"intervalSeconds\": 60 }}}");
        assertSourceShape(s);
        assertEquals(registry.getString("id"), s.getString("component_id"));
        assertEquals("test-rss", s.getString("name"));
        assertTrue(s.getString("name_slug").startsWith("test-rss"), s.getString("name_slug"));
        assertEquals(60, s.getJsonObject("configured_props").getJsonObject("timer").getInt("interval_seconds"));
        api.delete("/v1/sources/" + s.getString("id"));
    }

    @Test
    void theNameDefaultsToTheComponentsSlugAndSlugsAreUniquePerWorkspace() {
        JsonObject first = Sources.create(api, Json.createObjectBuilder().add("component_code", HTTP_SOURCE).build().toString());
        assertEquals("echo", first.getString("name"));
        assertTrue(first.getString("name_slug").matches("echo(-\\d+)?"), first.getString("name_slug"));
        String name = "Dup Name " + Long.toString(System.nanoTime(), 36);
        String base = name.toLowerCase().replace(' ', '-');
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slugs.add(Sources.create(api, Json.createObjectBuilder().add("component_code", HTTP_SOURCE).add("name", name)
                    .build().toString()).getString("name_slug"));
        }
        assertEquals(List.of(base, base + "-1", base + "-2"), slugs);
    }

    @Test
    void theSeedsListExamplesShowTheHttpEndpoint() {
        JsonObject s = Sources.fromCode(api, "listed", HTTP_SOURCE, null);
        String endpoint = Sources.endpoint(s, "http");
        assertTrue(endpoint.matches("http://127\\.0\\.0\\.1:\\d+/e/e[a-z0-9]{15}"), endpoint);
        String org = me().getJsonArray("orgs").getJsonObject(0).getString("id");
        for (String path : List.of("/v1/users/me/sources", "/v1/orgs/" + org + "/sources")) {
            JsonObject page = api.get(path + "?limit=100").json();
            JsonObject info = page.getJsonObject("page_info");
            assertEquals(Set.of("total_count", "count", "start_cursor", "end_cursor"), info.keySet());
            assertTrue(info.getInt("total_count") >= 1);
            JsonObject listed = page.getJsonArray("data").stream().map(JsonValue::asJsonObject)
                    .filter(x -> x.getString("id").equals(s.getString("id"))).findFirst().orElseThrow();
            assertSourceShape(listed, LISTED_SOURCE_FIELDS);
            assertEquals(Json.createObjectBuilder().add("http", Json.createObjectBuilder().add("endpoint_url", endpoint))
                    .build(), listed.getJsonObject("configured_props"));
        }
        assertEquals(404, api.get("/v1/orgs/o_notmine/sources").status());
    }

    @Test
    void listsPageWithCursorsWithoutMissingOrRepeatingASource() {
        for (int i = 0; i < 5; i++) {
            Sources.fromCode(api, "paged", HTTP_SOURCE, null);
        }
        JsonObject first = api.get("/v1/users/me/sources?limit=2").json();
        int total = first.getJsonObject("page_info").getInt("total_count");
        List<String> seen = new ArrayList<>();
        JsonObject page = first;
        while (true) {
            page.getJsonArray("data").forEach(v -> seen.add(v.asJsonObject().getString("id")));
            if (page.getJsonArray("data").size() < 2) {
                break;
            }
            String after = page.getJsonObject("page_info").getString("end_cursor");
            page = api.get("/v1/users/me/sources?limit=2&after=" + after).json();
        }
        assertEquals(total, seen.size());
        assertEquals(total, new HashSet<>(seen).size());
        // the seed's request: limit 3 after a cursor; before the next page's start gives the page before it
        JsonObject p1 = api.get("/v1/users/me/sources?limit=3").json();
        JsonObject p2 = api.get("/v1/users/me/sources?limit=3&after=" + p1.getJsonObject("page_info").getString("end_cursor")).json();
        JsonObject back = api.get("/v1/users/me/sources?limit=3&before=" + p2.getJsonObject("page_info").getString("start_cursor")).json();
        assertEquals(p1.getJsonArray("data"), back.getJsonArray("data"));
        assertEquals(400, api.get("/v1/users/me/sources?limit=101").status());
        assertEquals(400, api.get("/v1/users/me/sources?limit=0").status());
    }

    @Test
    void updateRenamesAndDeactivatesAndDeleteRemoves() {
        JsonObject s = Sources.fromCode(api, "changing", HTTP_SOURCE, null);
        String id = s.getString("id");
        String newName = "Renamed " + Long.toString(System.nanoTime(), 36);
        Api.Reply renamed = api.put("/v1/sources/" + id, Json.createObjectBuilder().add("name", newName).build().toString());
        assertEquals(200, renamed.status(), renamed.body());
        JsonObject r = renamed.json().getJsonObject("data");
        assertSourceShape(r);
        assertEquals(newName, r.getString("name"));
        assertEquals(newName.toLowerCase().replace(' ', '-'), r.getString("name_slug"));
        assertEquals(s.getJsonObject("configured_props"), r.getJsonObject("configured_props"), "the endpoint is kept");

        JsonObject off = api.put("/v1/sources/" + id, "{\"active\": false}").json().getJsonObject("data");
        assertFalse(off.getBoolean("active"));
        assertEquals(404, api.raw(api.request(Sources.endpoint(s, "http")).POST(
                java.net.http.HttpRequest.BodyPublishers.ofString("{}"))).status(), "an inactive source's endpoint is 404");
        assertTrue(api.put("/v1/sources/" + id, "{\"active\": true}").json().getJsonObject("data").getBoolean("active"));

        assertEquals(204, api.delete("/v1/sources/" + id).status());
        assertEquals(404, api.get("/v1/sources/" + id).status());
        assertEquals(404, api.delete("/v1/sources/" + id).status());
        assertEquals(404, api.put("/v1/sources/" + id, "{\"active\": true}").status());
    }

    @Test
    void badInputIs400NamingTheField() {
        assertField(api.post("/v1/sources", "{\"name\": \"x\"}"), "component_id");
        assertField(api.post("/v1/sources", "{\"key\": \"no-such-component\"}"), "key");
        assertField(api.post("/v1/sources", "{\"component_id\": \"sc_nosuchid\"}"), "component_id");
        assertField(api.post("/v1/sources", "{\"key\": \"http-request\"}"), "key");
        assertField(api.post("/v1/sources", "{\"key\": \"rss-new-item-in-feed\"}"), "configured_props.url");
        assertField(api.post("/v1/sources", "{\"key\": \"rss-new-item-in-feed\", \"configured_props\": {\"url\": \"x\","
                + " \"timer\": {\"intervalSeconds\": 0}}}"), "configured_props.timer.intervalSeconds");
        assertField(api.post("/v1/sources", "{\"key\": \"rss-new-item-in-feed\", \"configured_props\": {\"url\": \"x\","
                + " \"timer\": {\"cron\": \"every day\"}}}"), "configured_props.timer.cron");
        assertField(api.post("/v1/sources", "{\"key\": \"schedule\", \"configured_props\": {\"color\": 1}}"),
                "configured_props.color");
        assertField(api.post("/v1/sources", "{\"key\": \"schedule\", \"configured_props\": []}"), "configured_props");
        assertField(api.post("/v1/sources", "{\"key\": \"schedule\", \"active\": false}"), "active");
        assertField(api.post("/v1/sources", "{\"component_code\": \"export default { run( }\"}"), "component_code");
        assertEquals(404, api.get("/v1/sources/dc_nosuchid").status());
        assertEquals(404, api.get("/v1/sources/dc_nosuchid/event_summaries").status());
        assertEquals(404, api.delete("/v1/sources/dc_nosuchid/events").status());
    }

    @Test
    void secretPropsAreMaskedInTheApiAndReachTheComponentIntact() {
        String code = """
                export default {
                  name: "Secret holder",
                  props: {
                    http: { type: "$.interface.http" },
                    apiKey: { type: "string", secret: true, label: "API key" },
                    label: { type: "string", optional: true },
                  },
                  async run(event) { this.$emit({ ok: this.apiKey === "s3cret-1", length: this.apiKey.length }); },
                };""";
        JsonObject created = Sources.fromCode(api, "secretive", code, "{\"apiKey\":\"s3cret-1\",\"label\":\"a\"}");
        String id = created.getString("id");
        assertEquals("********", created.getJsonObject("configured_props").getString("apiKey"), created.toString());
        Api.Reply shown = api.get("/v1/sources/" + id);
        assertFalse(shown.body().contains("s3cret-1"), shown.body());
        assertEquals("a", shown.json().getJsonObject("data").getJsonObject("configured_props").getString("label"));

        Sources.send(api, created, "{}");
        assertEquals(Json.createObjectBuilder().add("ok", true).add("length", 8).build(),
                Sources.awaitEmitted(api, id, 1, 60).get(0));

        // the mask sent back keeps the secret; a new value replaces it
        Api.Reply kept = api.put("/v1/sources/" + id, "{\"configured_props\":{\"apiKey\":\"********\",\"label\":\"b\"}}");
        assertEquals(200, kept.status(), kept.body());
        Sources.send(api, created, "{}");
        assertEquals(true, Sources.awaitEmitted(api, id, 2, 60).get(1).asJsonObject().getBoolean("ok"));
        Api.Reply replaced = api.put("/v1/sources/" + id, "{\"configured_props\":{\"apiKey\":\"other\"}}");
        assertEquals(200, replaced.status(), replaced.body());
        assertEquals("********", replaced.json().getJsonObject("data").getJsonObject("configured_props").getString("apiKey"));
        Sources.send(api, created, "{}");
        assertEquals(Json.createObjectBuilder().add("ok", false).add("length", 5).build(),
                Sources.awaitEmitted(api, id, 3, 60).get(2));
    }

    private static void assertField(Api.Reply r, String field) {
        assertEquals(400, r.status(), r.body());
        assertEquals(field, r.error().getString("field"), r.body());
    }
}
