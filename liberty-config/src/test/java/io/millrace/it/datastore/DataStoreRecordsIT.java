package io.millrace.it.datastore;

import static io.millrace.it.support.Replies.assertBadInput;
import static io.millrace.it.support.Replies.assertNotFound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Stores;
import io.millrace.it.support.Workspaces;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The records of a data store through the real server: get, set, delete, batches, paging, clear, limits. */
class DataStoreRecordsIT {
    private final Api api = Api.server();
    private final String store = Stores.create(api, Workspaces.defaultProject(api), "records").getString("id");
    private final String records = "/v1/data_stores/" + store + "/records";

    @Test
    void aRecordCanBeSetReadReplacedAndDeleted() {
        Api.Reply set = Stores.put(api, store, "lastRanAt", "{\"at\":\"2026-11-22T08:03:08.929Z\",\"runs\":[1,2]}", null);
        assertEquals(200, set.status(), set.body());
        JsonObject record = set.json().getJsonObject("data");
        assertEquals("lastRanAt", record.getString("key"));
        assertEquals(Json.createObjectBuilder().add("at", "2026-11-22T08:03:08.929Z")
                .add("runs", Json.createArrayBuilder().add(1).add(2)).build(), record.getJsonObject("value"));
        assertEquals(JsonValue.NULL, record.get("expires_at"));
        assertTrue(record.getJsonNumber("created_at").longValue() > 1_600_000_000L);
        assertEquals(record, api.get(Stores.record(store, "lastRanAt")).json().getJsonObject("data"));

        Api.Reply replaced = Stores.put(api, store, "lastRanAt", "\"\"", null);
        assertEquals(200, replaced.status(), replaced.body());
        JsonObject now = replaced.json().getJsonObject("data");
        assertEquals("", now.getString("value"), "'' removes the value but keeps the key");
        assertEquals(record.getJsonNumber("created_at"), now.getJsonNumber("created_at"));
        assertEquals(now, api.get(Stores.record(store, "lastRanAt")).json().getJsonObject("data"));

        assertEquals(204, api.delete(Stores.record(store, "lastRanAt")).status());
        assertNotFound(api.get(Stores.record(store, "lastRanAt")));
        assertNotFound(api.delete(Stores.record(store, "lastRanAt")));
        assertEquals(0, api.get(records).json().getJsonObject("page_info").getInt("total_count"));
    }

    @Test
    void everyKindOfJsonValueComesBackAsItWasSet() {
        List<String> values = List.of("\"text\"", "42", "-3.25", "1.0E+30", "true", "false", "null", "[]", "{}",
                "[1,\"two\",{\"three\":[3]}]", "{\"nested\":{\"deep\":{\"deeper\":[null,true]}}}",
                "\"ünïcödé € 😀\"", "\"line\\nbreak \\\"quoted\\\" \\u0000 nul\"");
        for (int i = 0; i < values.size(); i++) {
            String key = "value-" + i;
            Api.Reply set = Stores.put(api, store, key, values.get(i), null);
            assertEquals(200, set.status(), values.get(i) + ": " + set.body());
            JsonValue expected = Json.createReader(new java.io.StringReader(values.get(i))).readValue();
            assertEquals(expected, api.get(Stores.record(store, key)).json().getJsonObject("data").get("value"),
                    values.get(i));
        }
    }

    @Test
    void keysMayHoldAnyTextUpTo512CharactersAndTheQueryFormReachesEveryKey() {
        List<String> pathSafe = List.of("a/b/c", "with space", "ünïcödé € 😀", "?&=%+;", "%2F", "Triggered At",
                "k".repeat(512), "😀".repeat(256), "...x");
        List<String> queryOnly = List.of("/leading", "trailing/", "double//slash", ".", "..", "a/./b", "a/../b",
                "#hash", "?&=#%+");
        for (String key : pathSafe) {
            Api.Reply set = Stores.put(api, store, key, "\"" + key.length() + "\"", null);
            assertEquals(200, set.status(), key + ": " + set.body());
            assertEquals(key, set.json().getJsonObject("data").getString("key"));
            Api.Reply got = api.get(Stores.record(store, key));
            assertEquals(200, got.status(), key + ": " + got.body());
            assertEquals(key, got.json().getJsonObject("data").getString("key"));
            assertEquals(got.json(), api.get(Stores.recordByQuery(store, key)).json(), key);
        }
        for (String key : queryOnly) {
            String path = Stores.recordByQuery(store, key);
            Api.Reply set = api.put(path, "{\"value\":\"" + key + "\",\"ttl\":3600}");
            assertEquals(200, set.status(), key + ": " + set.body());
            assertEquals(key, api.get(path).json().getJsonObject("data").getString("value"));
            assertEquals(JsonValue.NULL, api.patch(path, "{\"ttl\":null}").json().getJsonObject("data").get("expires_at"));
        }
        List<String> listed = Stores.data(api.get(records + "?limit=100")).stream().map(r -> r.getString("key")).toList();
        assertTrue(listed.containsAll(pathSafe) && listed.containsAll(queryOnly), listed.toString());
        for (String key : queryOnly) {
            assertEquals(204, api.delete(Stores.recordByQuery(store, key)).status(), key);
            assertNotFound(api.get(Stores.recordByQuery(store, key)));
        }
        assertBadInput(Stores.put(api, store, "k".repeat(513), "1", null), "key");
        assertBadInput(api.put(Stores.recordByQuery(store, "\u0000"), "{\"value\":1}"), "key");
        assertBadInput(api.get("/v1/data_stores/" + store + "/record"), "key");
        assertBadInput(api.get("/v1/data_stores/" + store + "/record?key="), "key");
        assertNotFound(api.get(Stores.record(store, "never-set")));
        assertNotFound(api.get(Stores.recordByQuery(store, "never-set")));
    }

    @Test
    void valuesUpTo512KilobytesOfJsonAreStoredWhole() {
        String biggest = "v".repeat(512 * 1024 - 2); // with its quotes, exactly 512 KB of JSON
        Api.Reply set = Stores.put(api, store, "big", "\"" + biggest + "\"", null);
        assertEquals(200, set.status(), set.body().substring(0, Math.min(300, set.body().length())));
        assertEquals(biggest, api.get(Stores.record(store, "big")).json().getJsonObject("data").getString("value"));
        assertBadInput(Stores.put(api, store, "too-big", "\"" + biggest + "v\"", null), "value");
        assertNotFound(api.get(Stores.record(store, "too-big")));
    }

    @Test
    void badBodiesAndTtlsAre400NamingTheField() {
        String path = Stores.record(store, "k");
        assertBadInput(api.put(path, "{}"), "value");
        assertBadInput(api.put(path, "{\"vaule\":1}"), "vaule");
        assertBadInput(api.put(path, "{\"value\":1,\"key\":\"other\"}"), "key");
        assertEquals(200, api.put(path, "{\"value\":1,\"key\":\"k\"}").status(), "the same key in the body is fine");
        for (String ttl : List.of("0", "-1", "1.5", "\"10\"", "true", "2147483648", "[]")) {
            assertBadInput(api.put(path, "{\"value\":1,\"ttl\":" + ttl + "}"), "ttl");
            assertBadInput(api.patch(path, "{\"ttl\":" + ttl + "}"), "ttl");
        }
        assertBadInput(api.patch(path, "{}"), "ttl");
        assertBadInput(api.patch(path, "{\"ttl\":5,\"value\":2}"), "value");
        assertEquals(400, api.put(path, "not json").status());
        assertEquals(400, api.put(path, "[1]").status());
        assertEquals(1, api.get(path).json().getJsonObject("data").getInt("value"), "no bad request changed it");

        assertBadInput(api.post(records, "{}"), "records");
        assertBadInput(api.post(records, "{\"records\":[]}"), "records");
        assertBadInput(api.post(records, "{\"records\":{}}"), "records");
        assertBadInput(api.post(records, "{\"records\":[{\"key\":\"a\",\"value\":1},{\"value\":2}]}"), "records[1].key");
        assertBadInput(api.post(records, "{\"records\":[{\"key\":\"\",\"value\":1}]}"), "records[0].key");
        assertBadInput(api.post(records, "{\"records\":[{\"key\":\"a\"}]}"), "records[0].value");
        assertBadInput(api.post(records, "{\"records\":[{\"key\":\"a\",\"value\":1,\"ttl\":0}]}"), "records[0].ttl");
        assertBadInput(api.post(records, "{\"records\":[{\"key\":\"a\",\"value\":1,\"x\":0}]}"), "records[0].x");
        assertBadInput(api.post(records, "{\"records\":[7]}"), "records[0]");
        JsonArrayBuilder tooMany = Json.createArrayBuilder();
        IntStream.range(0, 1001).forEach(i -> tooMany.add(Json.createObjectBuilder().add("key", "m" + i).add("value", i)));
        assertBadInput(api.post(records, Json.createObjectBuilder().add("records", tooMany).build().toString()), "records");
        assertNotFound(api.get(Stores.record(store, "a"))); // a rejected batch sets nothing
        assertBadInput(api.get(records + "?limit=0"), "limit");
        assertBadInput(api.get(records + "?after=%25%25%25"), "after");
        assertBadInput(api.get(records + "?before=%25%25%25"), "before");
    }

    @Test
    void aBatchSetsEveryRecordAndTheLastWriteOfARepeatedKeyWins() {
        Stores.put(api, store, "existing", "\"old\"", null);
        Api.Reply r = api.post(records, """
                {"records": [{"key": "existing", "value": "new"}, {"key": "fresh", "value": [1], "ttl": 3600},
                             {"key": "twice", "value": 1}, {"key": "twice", "value": 2}]}""");
        assertEquals(200, r.status(), r.body());
        assertEquals(4, r.json().getJsonObject("data").getInt("count"));
        assertEquals("new", api.get(Stores.record(store, "existing")).json().getJsonObject("data").getString("value"));
        JsonObject fresh = api.get(Stores.record(store, "fresh")).json().getJsonObject("data");
        assertEquals(Json.createArrayBuilder().add(1).build(), fresh.getJsonArray("value"));
        assertTrue(fresh.get("expires_at") instanceof jakarta.json.JsonString, fresh.toString());
        assertEquals(2, api.get(Stores.record(store, "twice")).json().getJsonObject("data").getInt("value"));
    }

    @Test
    void pagingOver300KeysVisitsEachOnceInKeyOrderForwardAndBackward() {
        List<String> keys = IntStream.range(0, 300).mapToObj(i -> String.format("key-%04d", (i * 7919) % 300)).toList();
        Stores.batch(api, store, keys.subList(0, 150), 0);
        Stores.batch(api, store, keys.subList(150, 300), 150);
        List<String> sorted = keys.stream().sorted().toList();

        List<String> forward = new ArrayList<>();
        String after = null;
        String lastEnd = null;
        int pages = 0;
        while (true) {
            Api.Reply page = api.get(records + "?limit=7" + (after == null ? "" : "&after=" + Api.encode(after)));
            assertEquals(200, page.status(), page.body());
            JsonObject info = page.json().getJsonObject("page_info");
            assertEquals(300, info.getInt("total_count"));
            List<JsonObject> data = Stores.data(page);
            assertEquals(data.size(), info.getInt("count"));
            data.forEach(rec -> forward.add(rec.getString("key")));
            lastEnd = Stores.cursor(page, "end_cursor");
            assertTrue(++pages < 100, "paging never ends");
            if (data.size() < 7) {
                assertEquals(300 % 7, data.size());
                break;
            }
            after = lastEnd;
        }
        assertEquals(sorted, forward, "every key once, in key order");

        List<String> backward = new ArrayList<>(List.of(sorted.get(299)));
        String before = lastEnd;
        String firstStart = null;
        while (true) {
            Api.Reply page = api.get(records + "?limit=9&before=" + Api.encode(before));
            assertEquals(200, page.status(), page.body());
            List<String> pageKeys = keys(page);
            assertEquals(pageKeys.stream().sorted().toList(), pageKeys, "a page is in key order");
            backward.addAll(0, pageKeys);
            if (pageKeys.size() < 9) {
                firstStart = Stores.cursor(page, "start_cursor");
                break;
            }
            before = Stores.cursor(page, "start_cursor");
        }
        assertEquals(sorted, backward, "backwards, every key once");

        Api.Reply none = api.get(records + "?limit=5&before=" + Api.encode(firstStart));
        assertEquals(0, Stores.data(none).size());
        assertEquals(JsonValue.NULL, none.json().getJsonObject("page_info").get("start_cursor"));
        assertEquals(JsonValue.NULL, none.json().getJsonObject("page_info").get("end_cursor"));
        assertEquals(100, Stores.data(api.get(records + "?limit=100")).size());
        assertEquals(10, Stores.data(api.get(records)).size(), "default limit");
    }

    @Test
    void pagingSeesRecordsAddedOrDeletedBehindOrAheadOfTheCursorCorrectly() {
        Stores.batch(api, store, List.of("b1", "b2", "b3", "b4", "b5", "b6"), 0);
        Api.Reply first = api.get(records + "?limit=3");
        assertEquals(List.of("b1", "b2", "b3"), keys(first));
        Stores.put(api, store, "a0", "0", null);            // behind the cursor: not seen
        api.delete(Stores.record(store, "b4"));             // ahead of it: gone
        Stores.put(api, store, "b45", "45", null);          // ahead of it: seen
        Api.Reply second = api.get(records + "?limit=3&after=" + Api.encode(Stores.cursor(first, "end_cursor")));
        assertEquals(List.of("b45", "b5", "b6"), keys(second));
    }

    @Test
    void concurrentWritersOfOneNewKeyAndOfManyKeysLoseNothingAndCountRight() throws Exception {
        assertEquals(200, Stores.put(api, store, "warm-up", "0", null).status()); // first use of the code paths
        assertEquals(204, api.delete(Stores.record(store, "warm-up")).status());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> timed(() -> Stores.put(api, store, "race", String.valueOf(thread), null))));
                for (int i = 0; i < 12; i++) {
                    String key = "par-" + thread + "-" + i;
                    results.add(pool.submit(() -> timed(() -> Stores.put(api, store, key, "1", null))));
                }
            }
            for (var r : results) {
                assertEquals(200, r.get(2, java.util.concurrent.TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("DataStoreRecordsIT: slowest of 104 concurrent writes " + slowestMs.get() + " ms");
        assertEquals(97, api.get(records).json().getJsonObject("page_info").getInt("total_count"));
        assertEquals(200, api.get(Stores.record(store, "race")).status());
        List<String> all = new ArrayList<>();
        String after = null;
        while (true) {
            Api.Reply page = api.get(records + "?limit=100" + (after == null ? "" : "&after=" + Api.encode(after)));
            all.addAll(keys(page));
            if (Stores.data(page).size() < 100) {
                break;
            }
            after = Stores.cursor(page, "end_cursor");
        }
        assertEquals(97, all.size());
        assertEquals(97, new java.util.HashSet<>(all).size());
    }

    @Test
    void clearDeletesEveryRecordButKeepsTheStore() {
        Stores.batch(api, store, List.of("x", "y", "z"), 0);
        assertEquals(204, api.delete(records).status());
        Api.Reply list = api.get(records);
        assertEquals(0, list.json().getJsonObject("page_info").getInt("total_count"));
        assertEquals(0, Stores.data(list).size());
        assertEquals(200, api.get("/v1/data_stores/" + store).status());
        assertEquals(200, Stores.put(api, store, "x", "1", null).status());
    }

    private final java.util.concurrent.atomic.AtomicLong slowestMs = new java.util.concurrent.atomic.AtomicLong();

    private int timed(java.util.function.Supplier<Api.Reply> request) {
        long start = System.nanoTime();
        Api.Reply reply = request.get();
        slowestMs.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
        return reply.status();
    }

    private static List<String> keys(Api.Reply page) {
        return Stores.data(page).stream().map(r -> r.getString("key")).toList();
    }
}
