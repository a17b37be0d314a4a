package io.millrace.domain.replay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.io.Serializable;
import java.util.Objects;

/**
 * One original execution of a replay job's selection, frozen when the job started. Its primary key (job,
 * original execution) is the key of its replay: the item's move from {@code pending} to {@code replayed} commits in
 * the same transaction as the new execution, and only from {@code pending}, so one job never replays an execution
 * twice, whatever restarts. {@link #position} is its place in the selection (oldest first), unique per job: the
 * batch job's checkpoint.
 */
@Entity
@IdClass(ReplayItem.Key.class)
@Table(name = "MR_REPLAY_ITEM",
        uniqueConstraints = @UniqueConstraint(name = "MR_REPLAY_ITEM_POSITION", columnNames = {"JOB_ID", "SEQ_NO"}),
        indexes = @Index(name = "MR_REPLAY_ITEM_STATE", columnList = "JOB_ID, ITEM_STATE, SEQ_NO"))
public class ReplayItem {
    /** The longest reason kept. */
    public static final int MAX_REASON = 500;

    @Id
    @Column(name = "JOB_ID", length = 32)
    private String jobId;
    @Id
    @Column(name = "EXECUTION_ID", length = 32)
    private String executionId;
    @Column(name = "SEQ_NO", nullable = false)
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(name = "ITEM_STATE", nullable = false, length = 16)
    private ReplayItemState state;
    @Column(name = "REPLAY_ID", length = 32)
    private String replayId;
    @Column(name = "REASON", length = MAX_REASON)
    private String reason;

    protected ReplayItem() {
    }

    public ReplayItem(String jobId, String executionId, int position) {
        this.jobId = jobId;
        this.executionId = executionId;
        this.position = position;
        this.state = ReplayItemState.PENDING;
    }

    /** A reason cut to what is kept. */
    public static String reasonOf(String text) {
        String t = text == null ? "" : text;
        return t.length() <= MAX_REASON ? t : t.substring(0, MAX_REASON - 1) + "…";
    }

    public String jobId() { return jobId; }
    public String executionId() { return executionId; }
    public int position() { return position; }
    public ReplayItemState state() { return state; }
    public String replayId() { return replayId; }
    public String reason() { return reason; }

    /** The primary key: (job, original execution). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String jobId;
        public String executionId;

        public Key() {
        }

        public Key(String jobId, String executionId) {
            this.jobId = jobId;
            this.executionId = executionId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(jobId, k.jobId) && Objects.equals(executionId, k.executionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobId, executionId);
        }
    }
}
