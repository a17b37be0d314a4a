package io.millrace.domain.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * One event a workflow's SSE destination published ({@code $.send.sse}), kept so that a client connecting later,
 * to this server after a restart or to another node, gets the workflow's recent events first. Only the most recent
 * ones of each workflow are kept. Immutable once stored; the id names the execution and the event's place in it,
 * so publishing an execution's events again stores nothing new.
 */
@Entity
@Table(name = "MR_SSE_EVENT", indexes = @Index(name = "MR_SSE_EVENT_WF", columnList = "workflowId,seq"))
public class SseRecord {
    @Id
    @Column(length = 80)
    private String id;
    @Column(nullable = false, length = 32)
    private String workflowId;
    @Column(nullable = false, length = 32)
    private String executionId;
    /** Its place in the workflow's stream (the SSE {@code id:}): grows with time, see {@code SseDestination}. */
    private long seq;
    @Column(nullable = false, length = 255)
    private String channel;
    @Lob
    private String payloadJson;

    protected SseRecord() {
    }

    public SseRecord(String workflowId, String executionId, int index, long seq, String channel, String payloadJson) {
        this.id = idOf(workflowId, executionId, index);
        this.workflowId = workflowId;
        this.executionId = executionId;
        this.seq = seq;
        this.channel = channel;
        this.payloadJson = payloadJson;
    }

    /** The id of the {@code index}th event (0-based) an execution published to the workflow's stream. */
    public static String idOf(String workflowId, String executionId, int index) {
        return workflowId + "/" + executionId + "/" + index;
    }

    public String id() { return id; }
    public String workflowId() { return workflowId; }
    public String executionId() { return executionId; }
    public long seq() { return seq; }
    public String channel() { return channel; }
    public String payloadJson() { return payloadJson; }
}
