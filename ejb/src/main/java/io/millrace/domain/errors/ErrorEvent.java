package io.millrace.domain.errors;

import io.millrace.shared.EventId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * One event of a workflow's {@code $errors} stream: the event and context the failed execution
 * received, and its error as {@code {"name","message","code","step","ts","stack"}} (see
 * {@link ErrorDetails}). The id is {@code <indexedAtMs>-<seq>}; lists order by
 * {@code (indexedAtMs, seq)}.
 */
@Entity
@Table(name = "MR_ERROR_EVENT", indexes = @Index(name = "MR_ERROR_EVENT_WF", columnList = "workflowId,indexedAtMs,idSeq"))
public class ErrorEvent {
    @Id
    @Column(length = 40)
    private String id;
    private long indexedAtMs;
    /** The sequence part of the id: orders events of the same millisecond. */
    private int idSeq;
    @Column(nullable = false, length = 32)
    private String workflowId;
    @Column(length = 32)
    private String executionId;
    @Lob
    private String originalEventJson;
    @Lob
    private String originalContextJson;
    @Lob
    private String errorJson;

    protected ErrorEvent() {
    }

    public ErrorEvent(EventId id, String workflowId, String executionId, String originalEventJson,
                      String originalContextJson, String errorJson) {
        this.id = id.toString();
        this.indexedAtMs = id.ms();
        this.idSeq = id.seq();
        this.workflowId = workflowId;
        this.executionId = executionId;
        this.originalEventJson = originalEventJson;
        this.originalContextJson = originalContextJson;
        this.errorJson = errorJson;
    }

    public String id() { return id; }
    public long indexedAtMs() { return indexedAtMs; }
    public int idSeq() { return idSeq; }
    public String workflowId() { return workflowId; }
    /** The failed execution, or null when the error belongs to no execution. */
    public String executionId() { return executionId; }
    public String originalEventJson() { return originalEventJson; }
    public String originalContextJson() { return originalContextJson; }
    public String errorJson() { return errorJson; }
}
