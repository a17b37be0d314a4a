package io.millrace.domain.errors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * When an error of one name in one workflow was last notified. The seed's rule: at most one notification per
 * workflow and error name per {@link #WINDOW} (a different workflow, or a different error, is notified at once).
 * Stored, so the rule holds across restarts and server nodes. The key is the workflow id and the SHA-256 of the
 * name, so any name fits.
 */
@Entity
@Table(name = "MR_ERROR_NOTICE")
public class ErrorNotice {
    public static final Duration WINDOW = Duration.ofHours(24);
    private static final int MAX_NAME = 255;

    @Id
    @Column(length = 100)
    private String id;
    @Column(nullable = false, length = 32)
    private String workflowId;
    @Column(nullable = false, length = MAX_NAME)
    private String errorName;
    private long notifiedAt;

    protected ErrorNotice() {
    }

    public ErrorNotice(String workflowId, String errorName, long notifiedAt) {
        this.id = key(workflowId, errorName);
        this.workflowId = workflowId;
        this.errorName = errorName.length() > MAX_NAME ? errorName.substring(0, MAX_NAME) : errorName;
        this.notifiedAt = notifiedAt;
    }

    /** The id of the notice of {@code errorName} in {@code workflowId}. */
    public static String key(String workflowId, String errorName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(errorName.getBytes(StandardCharsets.UTF_8));
            return workflowId + ":" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** Whether a notice sent at {@code lastMs} lets another one go at {@code nowMs}. */
    public static boolean due(long lastMs, long nowMs) {
        return nowMs - lastMs >= WINDOW.toMillis();
    }

    public String id() { return id; }
    public String workflowId() { return workflowId; }
    public String errorName() { return errorName; }
    public long notifiedAt() { return notifiedAt; }
}
