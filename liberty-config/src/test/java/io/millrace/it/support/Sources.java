package io.millrace.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Helpers for the source tests: creating sources and waiting for their events and runs. */
public final class Sources {
    private Sources() {
    }

    /** {@code POST /v1/sources} with this body; asserts 200 and returns {@code data}. */
    public static JsonObject create(Api api, String body) {
        Api.Reply r = api.post("/v1/sources", body);
        if (r.status() != 200) {
            throw new AssertionError("create source: " + r.status() + " " + r.body());
        }
        return r.json().getJsonObject("data");
    }

    /** A source from component code, with a unique name based on {@code name}. */
    public static JsonObject fromCode(Api api, String name, String code, String configuredPropsJson) {
        return create(api, Json.createObjectBuilder().add("component_code", code)
                .add("name", name + "-" + Long.toString(System.nanoTime(), 36))
                .add("configured_props", configuredPropsJson == null ? JsonValue.EMPTY_JSON_OBJECT
                        : Json.createReader(new java.io.StringReader(configuredPropsJson)).readObject())
                .build().toString());
    }

    public static String endpoint(JsonObject source, String httpProp) {
        return source.getJsonObject("configured_props").getJsonObject(httpProp).getString("endpoint_url");
    }

    /** POSTs {@code json} (as application/json) to the source's HTTP endpoint and asserts that it answered 200. */
    public static void send(Api api, JsonObject source, String json) {
        Api.Reply r = api.raw(api.request(endpoint(source, "http")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        assertEquals(200, r.status(), r.body());
    }

    /** The source's event summaries (newest first, expanded, at most 100). */
    public static JsonArray events(Api api, String id) {
        Api.Reply r = api.get("/v1/sources/" + id + "/event_summaries?expand=event&limit=100");
        if (r.status() != 200) {
            throw new AssertionError("event summaries of " + id + ": " + r.status() + " " + r.body());
        }
        return r.json().getJsonArray("data");
    }

    /** The emitted events (the {@code event} members), oldest first. */
    public static List<JsonValue> emitted(Api api, String id) {
        List<JsonValue> out = new ArrayList<>();
        JsonArray data = events(api, id);
        for (int i = data.size() - 1; i >= 0; i--) {
            out.add(data.getJsonObject(i).get("event"));
        }
        return out;
    }

    /** Waits (up to {@code seconds}) until the source has at least {@code n} events; returns them oldest first. */
    public static List<JsonValue> awaitEmitted(Api api, String id, int n, int seconds) {
        return Wait.until("at least " + n + " events of " + id, seconds, () -> emitted(api, id), e -> e.size() >= n);
    }

    /** The source's runs, newest first. */
    public static JsonArray runs(Api api, String id) {
        return api.get("/v1/sources/" + id + "/runs?limit=100").json().getJsonArray("data");
    }

    public static JsonArray awaitRuns(Api api, String id, Predicate<JsonArray> done, int seconds) {
        return Wait.until("runs of " + id, seconds, () -> runs(api, id), done);
    }

    /** The phases of the source's runs, oldest first. */
    public static List<String> phases(JsonArray runs) {
        List<String> out = new ArrayList<>();
        for (int i = runs.size() - 1; i >= 0; i--) {
            out.add(runs.getJsonObject(i).getString("phase"));
        }
        return out;
    }

    public static long finished(JsonArray runs, String cause) {
        return runs.stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("cause").equals(cause) && !r.getString("status").equals("queued")
                        && !r.getString("status").equals("running")).count();
    }
}
