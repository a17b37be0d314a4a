package io.millrace.application.datastore;

import io.millrace.domain.datastore.RecordWrite;
import io.millrace.domain.datastore.StoreRecord;
import io.millrace.domain.datastore.StoreRepository;
import io.millrace.domain.datastore.StoreRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The short transactions that change data store records, each adjusting the store's record count by
 * the rows it inserts or deletes. Input is checked before it gets here. A write to a store that no
 * longer exists changes nothing and answers empty (or false).
 */
@ApplicationScoped
@Transactional
public class RecordWriter {
    @Inject
    StoreRepository stores;

    /** Sets one record (insert or replace); empty when the store no longer exists. */
    public Optional<StoreRecord> set(String storeId, RecordWrite write, long now) {
        if (stores.store(storeId).isEmpty()) {
            return Optional.empty();
        }
        Long expiresAt = StoreRules.expiresAt(write.ttlSeconds(), now);
        StoreRecord record = stores.anyRecord(storeId, write.key()).orElse(null);
        if (record == null) {
            record = new StoreRecord(storeId, write.key(), write.valueJson(), expiresAt, now);
            stores.add(record);
            stores.adjustRecordCount(storeId, 1);
        } else {
            record.replace(write.valueJson(), expiresAt, now);
        }
        return Optional.of(record);
    }

    /**
     * Sets many records of one store in one transaction (keys must be distinct); false when the store
     * no longer exists.
     */
    public boolean setAll(String storeId, Collection<RecordWrite> writes, long now) {
        if (stores.store(storeId).isEmpty()) {
            return false;
        }
        Map<String, StoreRecord> existing = stores.anyRecords(storeId, writes.stream().map(RecordWrite::key).toList());
        int added = 0;
        for (RecordWrite write : writes) {
            Long expiresAt = StoreRules.expiresAt(write.ttlSeconds(), now);
            StoreRecord record = existing.get(write.key());
            if (record == null) {
                stores.add(new StoreRecord(storeId, write.key(), write.valueJson(), expiresAt, now));
                added++;
            } else {
                record.replace(write.valueJson(), expiresAt, now);
            }
        }
        stores.adjustRecordCount(storeId, added);
        return true;
    }

    /** Changes or (null) removes the expiry of a live record; empty when there is none. */
    public Optional<StoreRecord> setTtl(String storeId, String key, Long ttlSeconds, long now) {
        Optional<StoreRecord> record = stores.record(storeId, key, now);
        record.ifPresent(r -> r.expireAt(StoreRules.expiresAt(ttlSeconds, now), now));
        return record;
    }

    /**
     * Deletes the record, expired or not.
     *
     * @return true when it was live
     */
    public boolean delete(String storeId, String key, long now) {
        StoreRecord record = stores.anyRecord(storeId, key).orElse(null);
        if (record == null) {
            return false;
        }
        stores.remove(record);
        stores.adjustRecordCount(storeId, -1);
        return !record.expiredAt(now);
    }

    public int clear(String storeId) {
        int deleted = stores.clear(storeId);
        stores.adjustRecordCount(storeId, -deleted);
        return deleted;
    }

    public int deleteExpired(String storeId, long now) {
        int deleted = stores.deleteExpired(storeId, now);
        stores.adjustRecordCount(storeId, -deleted);
        return deleted;
    }
}
