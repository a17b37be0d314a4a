package io.millrace.it.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Fixtures;
import io.millrace.it.support.LocalHttpServer;
import io.millrace.it.support.Sources;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A component package shaped exactly like a published Pipedream app (fixtures/components/parcels: an API-key app
 * whose base URL and key are its {@code $auth}, {@code @pipedream/platform}'s axios in {@code _makeRequest},
 * propDefinitions with dynamic options, {@code common/} helpers, actions exporting {@code $summary}, a polling
 * source over {@code sources/common/base.mjs} with a deploy hook, {@code $.service.db} and dedupe), deployed from
 * its files unchanged and run through the server against the app's API, served by the test.
 */
class PublishedComponentsIT {
    static final List<String> FILES = List.of("package.json", "parcels.app.mjs", "common/constants.mjs", "common/utils.mjs",
            "actions/get-shipment/get-shipment.mjs", "actions/create-shipment/create-shipment.mjs", "sources/common/base.mjs",
            "sources/new-shipment/new-shipment.mjs", "sources/new-shipment/test-event.mjs");
    private static final String KEY = "key-1";
    private static final String SHIPMENTS = "[{\"id\":\"shp_1\",\"seq\":1,\"reference\":\"order 1\",\"created_at\":\"2026-01-02T03:04:05Z\"},"
            + "{\"id\":\"shp_2\",\"seq\":2,\"reference\":\"order 2\",\"created_at\":\"2026-01-03T03:04:05Z\"}]";

    private final Api api = Api.server();
    private final Queue<String> asked = new ConcurrentLinkedQueue<>();
    private LocalHttpServer parcelsApi;

    @BeforeEach
    void startApi() {
        parcelsApi = new LocalHttpServer().on("/shipments", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String uri = exchange.getRequestURI().toString();
            asked.add(exchange.getRequestMethod() + " " + uri + (body.isEmpty() ? "" : " " + body));
            String answer;
            int status = 200;
            if (!KEY.equals(exchange.getRequestHeaders().getFirst("x-api-key"))) {
                status = 401;
                answer = "{\"message\":\"bad key\"}";
            } else if (exchange.getRequestMethod().equals("POST")) {
                answer = "{\"id\":\"shp_9\",\"shipment\":" + body + "}";
            } else if (uri.startsWith("/shipments/shp_1")) {
                String query = exchange.getRequestURI().getQuery();
                answer = "{\"id\":\"shp_1\",\"query\":\"" + (query == null ? "" : query) + "\",\"events\":[\"picked up\"]}";
            } else if (uri.startsWith("/shipments/")) {
                status = 404;
                answer = "{\"message\":\"no such shipment\"}";
            } else {
                answer = "{\"shipments\":" + SHIPMENTS + "}";
            }
            LocalHttpServer.answer(exchange, status, "application/json", answer.getBytes(StandardCharsets.UTF_8));
        }).start();
    }

    @AfterEach
    void stopApi() {
        parcelsApi.close();
    }

    static Map<String, String> parcels() {
        Map<String, String> files = new LinkedHashMap<>();
        FILES.forEach(f -> files.put(f, Fixtures.text("components/parcels/" + f)));
        return files;
    }

    private JsonObject deploy(String entry) {
        JsonObjectBuilder files = Json.createObjectBuilder();
        parcels().forEach(files::add);
        Api.Reply r = api.post("/v1/components", Json.createObjectBuilder().add("files", files).add("entry", entry).build().toString());
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private String account() {
        return "{\"$auth\":{\"api_url\":\"" + parcelsApi.url("") + "\",\"api_key\":\"" + KEY + "\"}}";
    }

    private static JsonValue json(String text) {
        return Json.createReader(new java.io.StringReader(text)).readValue();
    }

    private JsonObject run(JsonObject component, String propsJson) {
        JsonObject wf = api.createHttpWorkflow("published-" + System.nanoTime(), "[{\"name\":\"act\",\"component\":\""
                + component.getString("id") + "\",\"props\":" + propsJson + "}]");
        return api.runOnce(wf);
    }

    @Test
    void anActionGetsFromTheAppsApiWithItsAuthAndPropDefinitionsAndExportsItsSummary() {
        JsonObject c = deploy("actions/get-shipment/get-shipment.mjs");
        assertEquals("Get Shipment", c.getString("name"));
        String props = c.getJsonArray("configurable_props").toString();
        assertTrue(props.contains("{\"name\":\"shipmentId\",\"type\":\"string\",\"label\":\"Shipment ID\""), props);
        assertTrue(props.contains("\"options\":[\"fast-freight\",\"slow-boat\",\"pigeon\"]"), props);

        JsonObject ex = run(c, "{\"parcels\":" + account() + ",\"shipmentId\":\"shp_1\",\"carrier\":\"pigeon\"}");
        assertEquals("success", ex.getString("status"), ex.toString());
        JsonObject step = ex.getJsonArray("steps").getJsonObject(0);
        assertEquals(json("{\"id\":\"shp_1\",\"query\":\"carrier=pigeon\",\"events\":[\"picked up\"]}"), step.get("$return_value"));
        assertEquals("Successfully retrieved shipment shp_1", step.getJsonObject("exports").getString("$summary"));
        assertTrue(asked.contains("GET /shipments/shp_1?carrier=pigeon"), asked.toString());

        // the API's 404 fails the step with axios's error, naming the status
        JsonObject missing = run(c, "{\"parcels\":" + account() + ",\"shipmentId\":\"shp_0\"}");
        assertEquals("error", missing.getString("status"), missing.toString());
        assertTrue(missing.toString().contains("404"), missing.toString());
    }

    @Test
    void dynamicOptionsOfAPropDefinitionCallTheAppsApi() {
        JsonObject c = deploy("actions/get-shipment/get-shipment.mjs");
        Api.Reply r = api.post("/v1/components/configure", "{\"id\":\"" + c.getString("id") + "\",\"prop_name\":\"shipmentId\","
                + "\"configured_props\":{\"parcels\":" + account() + "},\"page\":0}");
        assertEquals(200, r.status(), r.body());
        assertEquals(json("[{\"value\":\"shp_1\",\"label\":\"order 1\"},{\"value\":\"shp_2\",\"label\":\"order 2\"}]"),
                r.json().getJsonArray("options"));
        assertTrue(asked.contains("GET /shipments?page=1"), asked.toString());
    }

    @Test
    void anActionPostsJsonBuiltByItsCommonHelpers() {
        JsonObject c = deploy("actions/create-shipment/create-shipment.mjs");
        JsonObject ex = run(c, "{\"parcels\":" + account() + ",\"reference\":\"r-7\",\"carrier\":\"slow-boat\","
                + "\"items\":[\"{\\\"sku\\\":\\\"A1\\\",\\\"qty\\\":2}\"]}");
        assertEquals("success", ex.getString("status"), ex.toString());
        JsonObject step = ex.getJsonArray("steps").getJsonObject(0);
        assertEquals(json("{\"id\":\"shp_9\",\"shipment\":{\"reference\":\"r-7\",\"carrier\":\"slow-boat\",\"items\":[{\"sku\":\"A1\",\"qty\":2}]}}"),
                step.get("$return_value"));
        assertEquals("Successfully created shipment with ID `shp_9`", step.getJsonObject("exports").getString("$summary"));
    }

    @Test
    void aPollingSourceEmitsTheApisNewItemsFromItsDeployHook() {
        JsonObject c = deploy("sources/new-shipment/new-shipment.mjs");
        JsonObject timer = c.getJsonArray("configurable_props").getJsonObject(2);
        assertEquals(json("{\"intervalSeconds\":900}"), timer.getJsonObject("default"));
        JsonObject source = Sources.create(api, "{\"component_id\":\"" + c.getString("id") + "\",\"name\":\"published-source-"
                + System.nanoTime() + "\",\"configured_props\":{\"parcels\":" + account() + "}}");
        try {
            List<JsonValue> events = Sources.awaitEmitted(api, source.getString("id"), 2, 60);
            assertEquals(List.of("order 1", "order 2"), events.stream().map(e -> e.asJsonObject().getString("reference")).sorted().toList());
            assertTrue(asked.contains("GET /shipments?since_id=0"), asked.toString());
        } finally {
            assertEquals(204, api.delete("/v1/sources/" + source.getString("id")).status());
        }
    }
}
