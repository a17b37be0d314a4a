package io.millrace.domain.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * One named API key of a user. Only the key's SHA-256 ({@link ApiKeys#hash}) is stored, with a short hint
 * ({@link ApiKeys#hint}) that tells keys apart without revealing them. Rotating gives the same key (id,
 * name) a new secret; the old one stops matching at once.
 */
@Entity
@Table(name = "MR_API_KEY", indexes = @Index(name = "MR_API_KEY_USER", columnList = "userId"))
public class ApiKey {
    /** {@code last_used_at} is written at most once per this many milliseconds per key. */
    public static final long LAST_USED_RESOLUTION_MILLIS = 60_000;

    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String userId;
    @Column(nullable = false, length = ApiKeys.NAME_MAX)
    private String name;
    @Column(nullable = false, unique = true, length = 64)
    private String keyHash;
    @Column(length = 32)
    private String hint;
    private long createdAt;
    private Long lastUsedAt;

    protected ApiKey() {
    }

    /** @param hint {@link ApiKeys#hint} of the key, or null when the key itself is not known (a migrated key) */
    public ApiKey(String id, String userId, String name, String keyHash, String hint, long createdAt) {
        this.id = id;
        this.userId = userId;
        this.name = name;
        this.keyHash = keyHash;
        this.hint = hint;
        this.createdAt = createdAt;
    }

    /** Whether a use at {@code now} should be recorded: never recorded, or last recorded a minute or more ago. */
    public boolean useWorthRecording(long now) {
        return lastUsedAt == null || now - lastUsedAt >= LAST_USED_RESOLUTION_MILLIS || now < lastUsedAt;
    }

    /** Records a use; fills in the hint of a migrated key the first time its clear text is seen. */
    public void used(long now, String hintIfUnknown) {
        lastUsedAt = now;
        if (hint == null) {
            hint = hintIfUnknown;
        }
    }

    /** A new secret for the same key. */
    public void rotate(String newKeyHash, String newHint) {
        this.keyHash = newKeyHash;
        this.hint = newHint;
    }

    public String id() { return id; }
    public String userId() { return userId; }
    public String name() { return name; }
    public String keyHash() { return keyHash; }
    public String hint() { return hint; }
    public long createdAt() { return createdAt; }
    public Long lastUsedAt() { return lastUsedAt; }
}
