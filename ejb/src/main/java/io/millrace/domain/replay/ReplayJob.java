package io.millrace.domain.replay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A bulk replay: the executions of a workspace chosen by ids or by the history's filter, replayed oldest first by
 * a Jakarta Batch job ({@link #batchExecutionId}, the latest execution of its batch job instance). The counters
 * move in the same transactions as the items they count.
 */
@Entity
@Table(name = "MR_REPLAY_JOB", indexes = @Index(name = "MR_REPLAY_JOB_WS", columnList = "workspaceId, createdAt"))
public class ReplayJob {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    @Column(nullable = false, length = 32)
    private String createdBy;
    private long createdAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReplayJobStatus status;
    /** {@code ids} or {@code filter}. */
    @Column(nullable = false, length = 8)
    private String selectedBy;
    /** The filter as given, normalised (by filter only). */
    @Lob
    private String filterJson;
    private int total;
    private int done;
    private int failed;
    private int skipped;
    /** The latest execution of the batch job; null until it was started. */
    private Long batchExecutionId;
    /** When the latest (re)start began, and how many items were handled then: the rate is measured from there. */
    private Long runStartedAt;
    private int handledAtRunStart;
    private Long finishedAt;
    private long updatedAt;

    protected ReplayJob() {
    }

    public ReplayJob(String id, String workspaceId, String createdBy, long createdAt, String selectedBy,
                     String filterJson, int total) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = ReplayJobStatus.STARTING;
        this.selectedBy = selectedBy;
        this.filterJson = filterJson;
        this.total = total;
        this.updatedAt = createdAt;
    }

    /** How many items were handled: replayed, failed or skipped. */
    public int handled() {
        return done + failed + skipped;
    }

    /** The batch job (re)started as {@code executionId} at {@code now}. */
    public void started(long executionId, long now) {
        this.batchExecutionId = executionId;
        this.status = ReplayJobStatus.STARTING;
        this.runStartedAt = now;
        this.handledAtRunStart = handled();
        this.finishedAt = null;
        this.updatedAt = now;
    }

    /** Moves to {@code next} at {@code now}; a settled state records when it ended. */
    public void moveTo(ReplayJobStatus next, long now) {
        this.status = next;
        this.updatedAt = now;
        if (next.settled()) {
            this.finishedAt = now;
        }
    }

    /** Its progress as seen at {@code now}. */
    public ReplayProgress progress(long now) {
        long until = finishedAt != null ? finishedAt : now;
        return ReplayProgress.of(total, handled(), handled() - handledAtRunStart,
                runStartedAt == null ? 0 : until - runStartedAt, status.active() || status == ReplayJobStatus.STOPPING,
                now);
    }

    public String id() { return id; }
    public String workspaceId() { return workspaceId; }
    public String createdBy() { return createdBy; }
    public long createdAt() { return createdAt; }
    public ReplayJobStatus status() { return status; }
    public String selectedBy() { return selectedBy; }
    public String filterJson() { return filterJson; }
    public int total() { return total; }
    public int done() { return done; }
    public int failed() { return failed; }
    public int skipped() { return skipped; }
    public Long batchExecutionId() { return batchExecutionId; }
    public Long runStartedAt() { return runStartedAt; }
    public Long finishedAt() { return finishedAt; }
    public long updatedAt() { return updatedAt; }
}
