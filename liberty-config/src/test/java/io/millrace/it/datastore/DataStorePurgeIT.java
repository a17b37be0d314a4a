package io.millrace.it.datastore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.LibertyServer;
import io.millrace.it.support.Stores;
import io.millrace.it.support.Wait;
import io.millrace.it.support.Workspaces;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The once-a-minute purge deletes expired records (it logs the stores it purged) and keeps the live
 * count right. Waits for at most one purge run, about a minute.
 */
class DataStorePurgeIT {
    private final Api api = Api.server();

    @Test
    void expiredRecordsArePurgedWithinAMinuteAndTheCountStaysRight() {
        String store = Stores.create(api, Workspaces.defaultProject(api), "purged").getString("id");
        String records = "/v1/data_stores/" + store + "/records";
        Stores.batch(api, store, List.of("stays-1", "stays-2"), 0);
        assertEquals(200, api.post(records, """
                {"records": [{"key": "goes-1", "value": 1, "ttl": 1}, {"key": "goes-2", "value": 2, "ttl": 1},
                             {"key": "goes-3", "value": 3, "ttl": 1}]}""").status());
        long expired = System.currentTimeMillis() + 10_000;
        while (total(records) != 2) {
            assertTrue(System.currentTimeMillis() < expired, "the three did not expire");
            Wait.sleep(100);
        }

        long until = System.currentTimeMillis() + 80_000;
        while (purgeLines(store).isEmpty()) {
            assertTrue(System.currentTimeMillis() < until, "no purge of " + store + " within 80 s");
            assertEquals(2, total(records), "the count is right before the purge");
            Wait.sleep(1000);
        }
        assertTrue(purgeLines(store).get(0).contains("purged"), purgeLines(store).toString());
        assertEquals(2, total(records), "and after it");
        assertEquals(List.of("stays-1", "stays-2"),
                Stores.data(api.get(records)).stream().map(r -> r.getString("key")).toList());
        assertEquals(200, Stores.put(api, store, "goes-1", "\"back\"", null).status());
        assertEquals(3, total(records), "a purged key set again counts once");
    }

    private int total(String records) {
        return api.get(records).json().getJsonObject("page_info").getInt("total_count");
    }

    private static List<String> purgeLines(String store) {
        return LibertyServer.itServer().logLines(l -> l.contains("expired data store records") && l.contains(store));
    }
}
