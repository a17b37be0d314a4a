package io.millrace.datastore;

import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Data stores and their records. Every record query takes {@code now} (epoch ms) and never returns a
 * record that has expired at that time; only {@link #anyRecord} and {@link #anyRecords} (for writes)
 * and the purge see expired ones.
 */
public interface StoreRepository {
    Optional<Store> store(String id);

    Optional<Store> byName(String projectId, String name);

    /** The project's stores, newest first. */
    Page<Store> stores(String projectId, PageRequest page);

    void add(Store store);

    /** Removes the store and all its records. */
    void remove(Store store);

    /** The record if it exists and has not expired at {@code now}. */
    Optional<StoreRecord> record(String storeId, String key, long now);

    /** The record whether or not it has expired. */
    Optional<StoreRecord> anyRecord(String storeId, String key);

    /** The records of these keys that exist, expired or not, by key. */
    Map<String, StoreRecord> anyRecords(String storeId, Collection<String> keys);

    /** Live records in key order, paged by key ({@link KeyCursor}s), with the live count. */
    Page<StoreRecord> records(String storeId, PageRequest page, long now);

    /** Up to {@code limit} live records with keys after {@code afterKey} (null: from the first), in key order. */
    List<StoreRecord> recordsAfter(String storeId, String afterKey, int limit, long now);

    /** Up to {@code limit} live keys after {@code afterKey} (null: from the first), in key order. */
    List<String> keysAfter(String storeId, String afterKey, int limit, long now);

    long countRecords(String storeId, long now);

    /** Whether a live record has this key, without reading its value. */
    boolean hasRecord(String storeId, String key, long now);

    void add(StoreRecord record);

    /**
     * Deletes the record, expired or not.
     *
     * @return true when a live record was deleted
     */
    boolean deleteRecord(String storeId, String key, long now);

    /** Deletes every record of the store; returns how many rows went (expired ones included). */
    int clear(String storeId);

    /** Up to {@code limit} ids of stores that have records expired at {@code now}. */
    List<String> storesWithExpiredRecords(long now, int limit);

    /** Deletes the store's records expired at {@code now}; returns how many. */
    int deleteExpired(String storeId, long now);
}
