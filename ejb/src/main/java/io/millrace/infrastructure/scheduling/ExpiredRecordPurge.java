package io.millrace.infrastructure.scheduling;

import io.millrace.application.RecordWriter;
import io.millrace.datastore.StoreRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a minute, deletes data store records whose TTL has passed, one store per transaction. This only
 * frees space: expired records are never read whether or not they have been deleted (every query
 * filters on the expiry), so correctness does not depend on this timer. With several servers each runs
 * it; the deletes are idempotent.
 */
@Singleton
public class ExpiredRecordPurge {
    private static final Logger LOG = Logger.getLogger(ExpiredRecordPurge.class.getName());
    private static final int STORES_PER_ROUND = 100;
    /** Rounds per run at most; what is left waits for the next run. */
    private static final int MAX_ROUNDS = 100;

    @Inject
    StoreRepository stores;
    @Inject
    RecordWriter writer;

    @Schedule(hour = "*", minute = "*", second = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void purge() {
        long now = System.currentTimeMillis();
        try {
            int deleted = 0;
            List<String> storeIds;
            int rounds = 0;
            do {
                storeIds = stores.storesWithExpiredRecords(now, STORES_PER_ROUND);
                for (String storeId : storeIds) {
                    deleted += writer.deleteExpired(storeId, now);
                }
            } while (storeIds.size() == STORES_PER_ROUND && ++rounds < MAX_ROUNDS);
            if (deleted > 0) {
                LOG.log(Level.FINE, "deleted {0} expired data store records", deleted);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "purging expired data store records failed; the next run tries again", e);
        }
    }
}
