package io.millrace.it.datastore;

import static io.millrace.it.support.Replies.assertNotFound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Stores;
import io.millrace.it.support.Workspaces;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A record path never addresses the store or all its records: keys {@code .} and {@code ..} (and keys
 * ending in such a segment) sent in the path, whether the client normalised the path first (as browsers,
 * curl and {@code URI.normalize} do) or sent it as it is, delete nothing but what they name or are
 * refused; the {@code …/record?key=} form reaches them.
 */
class DotKeysIT {
    private static final List<String> DOT_KEYS = List.of(".", "..", "a/..", "a/.", "../..");
    private static final String KEY = "Bearer " + System.getProperty("millrace.it.api.key");
    private final Api api = Api.server();
    private final String project = Workspaces.defaultProject(api);

    @Test
    void aNormalisedRecordPathDeletesNeitherTheStoreNorItsRecords() {
        String store = filledStore();
        for (String key : DOT_KEYS) {
            URI normalised = URI.create(api.base() + Stores.record(store, key)).normalize();
            Api.Reply reply = delete(normalised.toString());
            assertTrue(reply.status() >= 400 && reply.status() < 500, key + " → " + normalised + ": "
                    + reply.status() + " " + reply.body());
            assertStoreIntact(store);
        }
    }

    @Test
    void aRecordPathWithDotSegmentsAsSentIsRefusedAndDeletesNothing() {
        String store = filledStore();
        for (String key : DOT_KEYS) {
            String path = Stores.record(store, key);
            Api.Reply reply = delete(api.base() + path);
            assertEquals(400, reply.status(), path + ": " + reply.body());
            assertTrue(reply.header("content-type").startsWith("application/json"), path + ": " + reply.body());
            assertEquals(400, reply.error().getInt("status"), reply.body());
            assertTrue(reply.error().getString("message").contains("?key="), reply.body());
            assertStoreIntact(store);
        }
    }

    @Test
    void encodedDotSegmentsAreRefusedToo() {
        String store = filledStore();
        for (String key : DOT_KEYS) {
            String path = Stores.record(store, key).replace(".", "%2E");
            Api.Reply reply = delete(api.base() + path);
            // the servlet container refuses them before the application (its page becomes the JSON error
            // with the fix for %2F of issue 10, item 5)
            assertEquals(400, reply.status(), path + ": " + reply.body());
            assertStoreIntact(store);
        }
    }

    @Test
    void theQueryFormDeletesExactlyTheDotKeys() {
        String store = filledStore();
        for (String key : DOT_KEYS) {
            assertEquals(204, api.delete(Stores.recordByQuery(store, key)).status(), key);
            assertNotFound(api.get(Stores.recordByQuery(store, key)));
        }
        assertEquals(200, api.get("/v1/data_stores/" + store).status());
        assertEquals(1, total(store), "only the other record is left");
        assertEquals(204, api.delete("/v1/data_stores/" + store + "/records").status(), "clearing still works");
        assertEquals(0, total(store));
        assertEquals(204, api.delete("/v1/data_stores/" + store).status(), "deleting the store still works");
        assertNotFound(api.get("/v1/data_stores/" + store));
    }

    /** A DELETE of exactly this URL (never normalised by the client). */
    private Api.Reply delete(String url) {
        return api.raw(api.request(url).header("Authorization", KEY).DELETE());
    }

    /** A store holding the dot keys and one other record. */
    private String filledStore() {
        String store = Stores.create(api, project, "dots").getString("id");
        for (String key : DOT_KEYS) {
            Api.Reply set = api.put(Stores.recordByQuery(store, key), "{\"value\":1}");
            assertEquals(200, set.status(), key + ": " + set.body());
        }
        assertEquals(200, Stores.put(api, store, "other", "2", null).status());
        return store;
    }

    private void assertStoreIntact(String store) {
        assertEquals(200, api.get("/v1/data_stores/" + store).status(), "the store is still there");
        assertEquals(DOT_KEYS.size() + 1, total(store), "every record is still there");
    }

    private int total(String store) {
        return api.get("/v1/data_stores/" + store + "/records").json().getJsonObject("page_info").getInt("total_count");
    }
}
