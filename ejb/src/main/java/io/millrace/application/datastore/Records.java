package io.millrace.application.datastore;

import io.millrace.domain.datastore.RecordWrite;
import io.millrace.domain.datastore.StoreRecord;
import io.millrace.domain.datastore.StoreRepository;
import io.millrace.domain.datastore.StoreRules;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The record operations of one data store, by store id, for both the REST API and code steps (the
 * caller has checked that the store is theirs). Reads need no transaction; each write is one short
 * transaction in {@link RecordWriter}. The time of a call is read once when it starts: a record
 * whose expiry has come by then is not seen.
 */
@ApplicationScoped
public class Records {
    /** Keys read per query when a call returns every key. */
    static final int KEY_CHUNK = 1000;
    /** Records read per query when a call returns every record (values may be up to 512 KB each). */
    static final int RECORD_CHUNK = 100;

    @Inject
    StoreRepository stores;
    @Inject
    RecordWriter writer;

    public Optional<StoreRecord> get(String storeId, String key) {
        StoreRules.checkKey(key);
        return stores.record(storeId, key, now());
    }

    public boolean has(String storeId, String key) {
        StoreRules.checkKey(key);
        return stores.hasRecord(storeId, key, now());
    }

    /** Sets the record; empty when the store no longer exists. */
    public Optional<StoreRecord> set(String storeId, RecordWrite write) {
        try {
            return writer.set(storeId, write, now());
        } catch (RuntimeException e) {
            // two writers inserted the same new key at once: the loser's retry finds the row and replaces it
            return writer.set(storeId, write, now());
        }
    }

    /**
     * Sets many records in one transaction; when a key repeats, its last write wins.
     *
     * @return false when the store no longer exists
     */
    public boolean setAll(String storeId, List<RecordWrite> writes) {
        Map<String, RecordWrite> byKey = new LinkedHashMap<>();
        writes.forEach(w -> byKey.put(w.key(), w));
        Collection<RecordWrite> distinct = byKey.values();
        try {
            return writer.setAll(storeId, distinct, now());
        } catch (RuntimeException e) {
            return writer.setAll(storeId, distinct, now());
        }
    }

    public Optional<StoreRecord> setTtl(String storeId, String key, Long ttlSeconds) {
        StoreRules.checkKey(key);
        StoreRules.checkTtl(ttlSeconds, "ttl");
        return writer.setTtl(storeId, key, ttlSeconds, now());
    }

    /** @return true when a live record was deleted */
    public boolean delete(String storeId, String key) {
        StoreRules.checkKey(key);
        return writer.delete(storeId, key, now());
    }

    public int clear(String storeId) {
        return writer.clear(storeId);
    }

    /** A page of live records in key order; {@code prefix} (null: all) keeps the keys that start with it. */
    public Page<StoreRecord> page(String storeId, PageRequest page, String prefix) {
        return stores.records(storeId, page, prefix, now());
    }

    public long count(String storeId) {
        return stores.countRecords(storeId, now());
    }

    /** Every live key in key order, read {@value #KEY_CHUNK} at a time. */
    public List<String> keys(String storeId) {
        long now = now();
        List<String> keys = new ArrayList<>();
        String after = null;
        while (true) {
            List<String> chunk = stores.keysAfter(storeId, after, KEY_CHUNK, now);
            keys.addAll(chunk);
            if (chunk.size() < KEY_CHUNK) {
                return keys;
            }
            after = chunk.get(chunk.size() - 1);
        }
    }

    /** Hands every live record to {@code each} in key order, read {@value #RECORD_CHUNK} at a time. */
    public void forEach(String storeId, Consumer<StoreRecord> each) {
        long now = now();
        String after = null;
        while (true) {
            List<StoreRecord> chunk = stores.recordsAfter(storeId, after, RECORD_CHUNK, now);
            chunk.forEach(each);
            if (chunk.size() < RECORD_CHUNK) {
                return;
            }
            after = chunk.get(chunk.size() - 1).key();
        }
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
