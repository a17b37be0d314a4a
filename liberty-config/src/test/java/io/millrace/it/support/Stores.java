package io.millrace.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small steps shared by the data store tests. */
public final class Stores {
    private Stores() {
    }

    /** Creates a store with a unique name starting with {@code prefix}; returns it. */
    public static JsonObject create(Api api, String projectId, String prefix) {
        Api.Reply r = api.post("/v1/projects/" + projectId + "/data_stores",
                Json.createObjectBuilder().add("name", unique(prefix)).build().toString());
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    /** The path of a record: the key percent-encoded, its slashes left as they are. */
    public static String record(String storeId, String key) {
        return "/v1/data_stores/" + storeId + "/records/"
                + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
    }

    /** The other address of a record, for any key: {@code .../record?key=…}. */
    public static String recordByQuery(String storeId, String key) {
        return "/v1/data_stores/" + storeId + "/record?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    public static Api.Reply put(Api api, String storeId, String key, String valueJson, Long ttl) {
        return api.put(record(storeId, key), "{\"value\":" + valueJson + (ttl == null ? "" : ",\"ttl\":" + ttl) + "}");
    }

    /** Sets records {@code keys} with values {@code {"n": index}} in one batch. */
    public static void batch(Api api, String storeId, List<String> keys, int firstIndex) {
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (int i = 0; i < keys.size(); i++) {
            records.add(Json.createObjectBuilder().add("key", keys.get(i))
                    .add("value", Json.createObjectBuilder().add("n", firstIndex + i)));
        }
        Api.Reply r = api.post("/v1/data_stores/" + storeId + "/records",
                Json.createObjectBuilder().add("records", records).build().toString());
        assertEquals(200, r.status(), r.body());
        assertEquals(keys.size(), r.json().getJsonObject("data").getInt("count"));
    }

    public static List<JsonObject> data(Api.Reply reply) {
        return reply.json().getJsonArray("data").getValuesAs(JsonObject.class);
    }

    public static String cursor(Api.Reply reply, String which) {
        JsonValue v = reply.json().getJsonObject("page_info").get(which);
        return v == JsonValue.NULL ? null : ((jakarta.json.JsonString) v).getString();
    }
}
