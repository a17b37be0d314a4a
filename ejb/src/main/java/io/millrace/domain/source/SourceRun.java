package io.millrace.domain.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * One run of a source: a lifecycle hook, or {@code run(event)} on a timer tick or an HTTP request.
 * HTTP and timer runs are stored {@code queued} with their event before they are queued, so an
 * accepted event is never lost; the result (status, logs, error, counts) is stored when it ends.
 */
@Entity
@Table(name = "MR_SOURCE_RUN", indexes = {@Index(name = "MR_SOURCE_RUN_SRC", columnList = "sourceId,createdAt"),
        @Index(name = "MR_SOURCE_RUN_SEQ", columnList = "sourceId,seq")})
public class SourceRun {
    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String SUCCESS = "success";
    public static final String ERROR = "error";
    public static final String TIMEOUT = "timeout";
    public static final String CANCELLED = "cancelled";

    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String sourceId;
    private long seq;
    /** {@code deploy}, {@code activate}, {@code deactivate} or {@code run}. */
    @Column(nullable = false, length = 16)
    private String phase;
    /** What started it: {@code hook}, {@code timer} or {@code http}. */
    @Column(nullable = false, length = 16)
    private String cause;
    @Lob
    private String eventJson;
    @Column(nullable = false, length = 16)
    private String status;
    @Lob
    private String logsJson;
    @Lob
    private String errorJson;
    private int emitted;
    private int deduped;
    private long createdAt;
    private long startedAt;
    private long finishedAt;
    /** The subscription hops of the event that started the run (0 unless a delivery did). */
    private int hops;

    protected SourceRun() {
    }

    public SourceRun(String id, String sourceId, String phase, String cause, String eventJson, long now) {
        this.id = id;
        this.sourceId = sourceId;
        this.phase = phase;
        this.cause = cause;
        this.eventJson = eventJson;
        this.status = QUEUED;
        this.createdAt = now;
    }

    public String id() { return id; }
    public int hops() { return hops; }
    public void hops(int hops) { this.hops = hops; }
    public String sourceId() { return sourceId; }
    public long seq() { return seq; }
    public String phase() { return phase; }
    public String cause() { return cause; }
    public String eventJson() { return eventJson; }
    public String status() { return status; }
    public String logsJson() { return logsJson == null ? "[]" : logsJson; }
    public String errorJson() { return errorJson; }
    public int emitted() { return emitted; }
    public int deduped() { return deduped; }
    public long createdAt() { return createdAt; }
    public long startedAt() { return startedAt; }
    public long finishedAt() { return finishedAt; }

    public boolean finished() {
        return !QUEUED.equals(status) && !RUNNING.equals(status);
    }

    public void start(long seqNumber, long now) {
        this.seq = seqNumber;
        this.status = RUNNING;
        this.startedAt = now;
    }

    public void finish(String finalStatus, String logs, String error, int emittedCount, int dedupedCount, long now) {
        this.status = finalStatus;
        this.logsJson = logs;
        this.errorJson = error;
        this.emitted = emittedCount;
        this.deduped = dedupedCount;
        this.finishedAt = now;
        if (startedAt == 0) {
            startedAt = now;
        }
    }
}
