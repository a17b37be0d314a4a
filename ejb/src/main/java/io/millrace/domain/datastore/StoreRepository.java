package io.millrace.domain.datastore;

import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Data stores and their records. Every record query takes {@code now} (epoch ms) and never returns a
 * record that has expired at that time; only {@link #anyRecord} and {@link #anyRecords} (for writes)
 * and the purge see expired ones. Whoever inserts or deletes records adjusts the store's
 * {@linkplain Store#recordCount() record count} in the same transaction.
 */
public interface StoreRepository {
    Optional<Store> store(String id);

    Optional<Store> byName(String projectId, String name);

    /** The project's stores, newest first. */
    Page<Store> stores(String projectId, PageRequest page);

    /** Up to {@code limit} ids of all stores after {@code afterId} (null: from the first), in id order. */
    List<String> storeIds(String afterId, int limit);

    void add(Store store);

    /** Removes the store and all its records. */
    void remove(Store store);

    /** Adds {@code delta} (negative: subtracts) to the store's record count. */
    void adjustRecordCount(String storeId, long delta);

    /** The record if it exists and has not expired at {@code now}. */
    Optional<StoreRecord> record(String storeId, String key, long now);

    /** The record whether or not it has expired. */
    Optional<StoreRecord> anyRecord(String storeId, String key);

    /** The records of these keys that exist, expired or not, by key. */
    Map<String, StoreRecord> anyRecords(String storeId, Collection<String> keys);

    /**
     * Live records in key order, paged by key ({@link KeyCursor}s), with the live count; with a {@code prefix} (null:
     * every key) only the keys that start with it, and the count of those.
     */
    Page<StoreRecord> records(String storeId, PageRequest page, String prefix, long now);

    /** Up to {@code limit} live records with keys after {@code afterKey} (null: from the first), in key order. */
    List<StoreRecord> recordsAfter(String storeId, String afterKey, int limit, long now);

    /** Up to {@code limit} live keys after {@code afterKey} (null: from the first), in key order. */
    List<String> keysAfter(String storeId, String afterKey, int limit, long now);

    /** The number of live records: the store's record count less its expired records. */
    long countRecords(String storeId, long now);

    /** Whether a live record has this key, without reading its value. */
    boolean hasRecord(String storeId, String key, long now);

    /** How many of the store's records have expired at {@code now} and are not purged yet. */
    long countExpired(String storeId, long now);

    void add(StoreRecord record);

    void remove(StoreRecord record);

    /** Deletes every record of the store; returns how many rows went (expired ones included). */
    int clear(String storeId);

    /** Deletes the store's records expired at {@code now}; returns how many. */
    int deleteExpired(String storeId, long now);
}
