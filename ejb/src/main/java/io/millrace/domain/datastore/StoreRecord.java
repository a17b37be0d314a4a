package io.millrace.domain.datastore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One key of a data store and its value (JSON text). The primary key (store, key) serves lookups and
 * key-ordered paging forwards, the descending index on (store, key) paging backwards (Derby scans an
 * index in one direction only), and the index on (store, expiry) finds a store's expired records. An
 * expired record is never read: every query filters on {@link #expiresAt}, whether or not the purge
 * has deleted it yet.
 */
@Entity
@IdClass(StoreRecord.Key.class)
@Table(name = "MR_DATA_STORE_RECORD", indexes = {
        @Index(name = "MR_DSR_KEY_DESC", columnList = "STORE_ID, RECORD_KEY DESC"),
        @Index(name = "MR_DSR_STORE_EXPIRY", columnList = "STORE_ID, EXPIRES_AT")})
public class StoreRecord {
    @Id
    @Column(name = "STORE_ID", length = 32)
    private String storeId;
    @Id
    @Column(name = "RECORD_KEY", length = StoreRules.MAX_KEY_LENGTH)
    private String recordKey;
    @Lob
    @Column(name = "VALUE_JSON", nullable = false, length = StoreRules.MAX_VALUE_BYTES)
    private String valueJson;
    /** Epoch ms from which the record no longer exists; null: never expires. */
    @Column(name = "EXPIRES_AT")
    private Long expiresAt;
    private long createdAt;
    private long updatedAt;

    protected StoreRecord() {
    }

    public StoreRecord(String storeId, String key, String valueJson, Long expiresAt, long now) {
        this.storeId = storeId;
        this.recordKey = key;
        this.valueJson = valueJson;
        this.expiresAt = expiresAt;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Whether the record has expired at {@code now} (epoch ms). */
    public boolean expiredAt(long now) {
        return expiresAt != null && expiresAt <= now;
    }

    /**
     * Replaces the value and expiry. A record that had expired is treated as new: its creation time
     * becomes {@code now}.
     */
    public void replace(String newValueJson, Long newExpiresAt, long now) {
        if (expiredAt(now)) {
            this.createdAt = now;
        }
        this.valueJson = newValueJson;
        this.expiresAt = newExpiresAt;
        this.updatedAt = now;
    }

    public void expireAt(Long newExpiresAt, long now) {
        this.expiresAt = newExpiresAt;
        this.updatedAt = now;
    }

    public String storeId() { return storeId; }
    public String key() { return recordKey; }
    public String valueJson() { return valueJson; }
    public Long expiresAt() { return expiresAt; }
    public long createdAt() { return createdAt; }
    public long updatedAt() { return updatedAt; }

    /** The primary key of a record: its store and key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String storeId;
        public String recordKey;

        public Key() {
        }

        public Key(String storeId, String recordKey) {
            this.storeId = storeId;
            this.recordKey = recordKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(storeId, k.storeId) && Objects.equals(recordKey, k.recordKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(storeId, recordKey);
        }
    }
}
