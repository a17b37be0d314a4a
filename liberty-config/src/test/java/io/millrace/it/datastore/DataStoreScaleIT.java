package io.millrace.it.datastore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.it.support.Api;
import io.millrace.it.support.Stores;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * No key cap (Pipedream's 1,024 keys per store are a known complaint): 100,000 keys set through the
 * batch endpoint, counted, and paged through with nothing missed or repeated.
 */
class DataStoreScaleIT {
    private static final int KEYS = 100_000;
    private static final int BATCH = 1000;

    private final Api api = Api.server();

    @Test
    void aStoreHolds100000KeysThatCanBeCountedAndPagedThrough() {
        String store = Stores.create(api, Workspaces.defaultProject(api), "scale").getString("id");
        String records = "/v1/data_stores/" + store + "/records";
        long started = System.nanoTime();
        for (int from = 0; from < KEYS; from += BATCH) {
            List<String> keys = IntStream.range(from, from + BATCH).mapToObj(DataStoreScaleIT::key).toList();
            Stores.batch(api, store, keys, from);
        }
        long setMs = (System.nanoTime() - started) / 1_000_000;

        Api.Reply first = api.get(records + "?limit=1");
        assertEquals(KEYS, first.json().getJsonObject("page_info").getInt("total_count"));

        started = System.nanoTime();
        String after = null;
        int expected = 0;
        int pages = 0;
        while (true) {
            Api.Reply page = api.get(records + "?limit=100" + (after == null ? "" : "&after=" + Api.encode(after)));
            assertEquals(200, page.status(), page.body());
            List<JsonObject> data = Stores.data(page);
            for (JsonObject record : data) {
                assertEquals(key(expected), record.getString("key"), "key order, nothing missed or repeated");
                assertEquals(expected, record.getJsonObject("value").getInt("n"));
                expected++;
            }
            pages++;
            if (data.size() < 100) {
                break;
            }
            after = Stores.cursor(page, "end_cursor");
        }
        long pageMs = (System.nanoTime() - started) / 1_000_000;
        assertEquals(KEYS, expected, "every key once");
        assertEquals(KEYS / 100 + 1, pages);
        System.out.printf("DataStoreScaleIT: set %d keys in %d ms (%d per request), paged through them in %d ms"
                + " (%d pages)%n", KEYS, setMs, BATCH, pageMs, pages);

        assertEquals(31_337, api.get(Stores.record(store, key(31_337))).json().getJsonObject("data")
                .getJsonObject("value").getInt("n"));
        assertEquals(200, Stores.put(api, store, key(KEYS), "{\"n\":" + KEYS + "}", null).status(),
                "no cap: one more key is fine");
        assertEquals(KEYS + 1, api.get(records + "?limit=1").json().getJsonObject("page_info").getInt("total_count"));
        assertEquals(204, api.delete("/v1/data_stores/" + store).status(), "deleting it frees the records");
    }

    private static String key(int i) {
        return String.format("user:%06d", i);
    }

}
