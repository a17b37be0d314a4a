package io.millrace.it.datastore;

import static io.millrace.it.support.Replies.assertNotFound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Stores;
import io.millrace.it.support.Wait;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Record expiry through the real server. A record set with a TTL of n seconds between client times
 * t0 and t1 must be visible to every read that ends before t0 + n and invisible to every read that
 * starts after t1 + n: the test polls around that boundary and checks each read against it.
 */
class DataStoreTtlIT {
    private final Api api = Api.server();
    private final String store = Stores.create(api, Workspaces.defaultProject(api), "ttl").getString("id");
    private final String records = "/v1/data_stores/" + store + "/records";

    @Test
    void aRecordIsVisibleUntilItsTtlAndNeverAfterToTheSecond() {
        long t0 = System.currentTimeMillis();
        Api.Reply set = Stores.put(api, store, "token", "\"abc123\"", 2L);
        long t1 = System.currentTimeMillis();
        assertEquals(200, set.status(), set.body());
        long expiresAt = Instant.parse(set.json().getJsonObject("data").getString("expires_at")).toEpochMilli();
        assertTrue(expiresAt >= t0 + 2000 && expiresAt <= t1 + 2000, "expires_at " + expiresAt + " t0 " + t0);

        Boundary get = poll(t0, t1, 2000, () -> api.get(Stores.record(store, "token")).status() == 200);
        assertTrue(get.seenBefore > 0 && get.goneAfter > 0, get.toString());
        assertNotFound(api.get(Stores.record(store, "token")));
    }

    @Test
    void listsCountsAndTtlChangesSkipExpiredRecordsToo() {
        Stores.put(api, store, "keeps", "1", null);
        long t0 = System.currentTimeMillis();
        Stores.put(api, store, "expires", "2", 2L);
        long t1 = System.currentTimeMillis();
        Boundary listed = poll(t0, t1, 2000, () -> {
            Api.Reply list = api.get(records + "?limit=100");
            List<String> keys = Stores.data(list).stream().map(r -> r.getString("key")).toList();
            int total = list.json().getJsonObject("page_info").getInt("total_count");
            assertEquals(keys.size(), total, "total_count agrees with the page");
            return keys.contains("expires");
        });
        assertTrue(listed.seenBefore > 0 && listed.goneAfter > 0, listed.toString());
        assertEquals(List.of("keeps"), Stores.data(api.get(records)).stream().map(r -> r.getString("key")).toList());
        assertNotFound(api.patch(Stores.record(store, "expires"), "{\"ttl\":3600}"));
        assertNotFound(api.delete(Stores.record(store, "expires")));
    }

    @Test
    void settingAnExpiredKeyAgainMakesANewRecord() {
        Api.Reply first = Stores.put(api, store, "reborn", "1", 1L);
        long created = first.json().getJsonObject("data").getJsonNumber("created_at").longValue();
        awaitGone("reborn"); // at least 1 s later, so a new record has a later created_at (in seconds)
        Api.Reply again = Stores.put(api, store, "reborn", "2", null);
        JsonObject record = again.json().getJsonObject("data");
        assertNotEquals(created, record.getJsonNumber("created_at").longValue(), "a new record, created now");
        assertEquals(JsonValue.NULL, record.get("expires_at"));
        assertEquals(2, api.get(Stores.record(store, "reborn")).json().getJsonObject("data").getInt("value"));
    }

    @Test
    void setTtlExtendsShortensOrRemovesTheExpiry() {
        Stores.put(api, store, "extended", "1", 1L);
        Api.Reply longer = api.patch(Stores.record(store, "extended"), "{\"ttl\":3600}");
        assertEquals(200, longer.status(), longer.body());
        long expiresAt = Instant.parse(longer.json().getJsonObject("data").getString("expires_at")).toEpochMilli();
        assertTrue(expiresAt > System.currentTimeMillis() + 3500_000L, longer.body());
        assertEquals(1, longer.json().getJsonObject("data").getInt("value"), "the value stays");

        Api.Reply forever = api.patch(Stores.record(store, "extended"), "{\"ttl\":null}");
        assertEquals(200, forever.status(), forever.body());
        assertEquals(JsonValue.NULL, forever.json().getJsonObject("data").get("expires_at"));

        Stores.put(api, store, "shortened", "1", 3600L);
        long t0 = System.currentTimeMillis();
        assertEquals(200, api.patch(Stores.record(store, "shortened"), "{\"ttl\":1}").status());
        long t1 = System.currentTimeMillis();
        Boundary shortened = poll(t0, t1, 1000, () -> api.get(Stores.record(store, "shortened")).status() == 200);
        assertTrue(shortened.goneAfter > 0, shortened.toString());

        Stores.put(api, store, "plain", "1", 1L);
        Stores.put(api, store, "plain", "2", null);
        awaitPast(System.currentTimeMillis() + 1500);
        assertEquals(200, api.get(Stores.record(store, "plain")).status(), "set without a TTL removes the expiry");
        assertNotFound(api.patch(Stores.record(store, "never-set"), "{\"ttl\":5}"));
    }

    /** How many reads saw the record before the boundary and missed it after; fails on any read on the wrong side. */
    record Boundary(int seenBefore, int goneAfter, int ambiguous) {
    }

    /**
     * Reads with {@code visible} until 1 s past the latest possible expiry, checking each read that
     * ended before {@code t0 + ttlMs} saw the record and each that started after {@code t1 + ttlMs} did not.
     */
    private static Boundary poll(long t0, long t1, long ttlMs, Supplier<Boolean> visible) {
        int before = 0;
        int after = 0;
        int ambiguous = 0;
        long until = t1 + ttlMs + 1000;
        while (System.currentTimeMillis() < until) {
            long start = System.currentTimeMillis();
            boolean seen = visible.get();
            long end = System.currentTimeMillis();
            if (end < t0 + ttlMs) {
                assertTrue(seen, "a read that ended " + (t0 + ttlMs - end) + " ms before the expiry missed the record");
                before++;
            } else if (start > t1 + ttlMs) {
                assertFalse(seen, "a read that started " + (start - t1 - ttlMs) + " ms after the expiry saw the record");
                after++;
            } else {
                ambiguous++;
            }
            // dense reads near the boundary, sparse ones elsewhere
            long distance = Math.min(Math.abs(System.currentTimeMillis() - (t0 + ttlMs)),
                    Math.abs(System.currentTimeMillis() - (t1 + ttlMs)));
            Wait.sleep(distance < 300 ? 10 : 100);
        }
        return new Boundary(before, after, ambiguous);
    }

    private void awaitGone(String key) {
        long until = System.currentTimeMillis() + 10_000;
        while (api.get(Stores.record(store, key)).status() == 200) {
            assertTrue(System.currentTimeMillis() < until, key + " did not expire");
            Wait.sleep(50);
        }
    }

    private static void awaitPast(long time) {
        while (System.currentTimeMillis() <= time) {
            Wait.sleep(50);
        }
    }
}
