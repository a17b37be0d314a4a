package io.millrace.infrastructure.scheduling;

import io.millrace.application.datastore.RecordWriter;
import io.millrace.domain.datastore.StoreRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a minute, deletes data store records whose TTL has passed: for each store, a read of its
 * expired records on the (store, expiry) index, and a short transaction only where there are some.
 * This only frees space: expired records are never read whether or not they have been deleted (every
 * query filters on the expiry), so correctness does not depend on this timer. With several servers
 * each runs it; the deletes are idempotent and adjust the record count by the rows they delete. A run
 * that deleted something logs one line naming the stores.
 */
@Singleton
public class ExpiredRecordPurge {
    private static final Logger LOG = Logger.getLogger(ExpiredRecordPurge.class.getName());
    private static final int STORES_PER_READ = 500;
    private static final int MAX_IDS_LOGGED = 20;

    @Inject
    StoreRepository stores;
    @Inject
    RecordWriter writer;

    @Schedule(hour = "*", minute = "*", second = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void purge() {
        long now = System.currentTimeMillis();
        int deleted = 0;
        List<String> purged = new ArrayList<>();
        try {
            String after = null;
            List<String> ids;
            do {
                ids = stores.storeIds(after, STORES_PER_READ);
                for (String storeId : ids) {
                    if (stores.countExpired(storeId, now) > 0) {
                        deleted += writer.deleteExpired(storeId, now);
                        purged.add(storeId);
                    }
                }
                after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
            } while (ids.size() == STORES_PER_READ);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "purging expired data store records failed; the next run tries again", e);
        }
        if (deleted > 0) {
            String shown = String.join(", ", purged.subList(0, Math.min(purged.size(), MAX_IDS_LOGGED)))
                    + (purged.size() > MAX_IDS_LOGGED ? ", …" : "");
            LOG.log(Level.INFO, "purged {0} expired data store records of {1} stores ({2})",
                    new Object[] {deleted, purged.size(), shown});
        }
    }
}
