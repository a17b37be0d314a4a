package io.millrace.domain.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * How many executions of one workflow, created in one settled hour ({@link SettledHour}), ended with one status: the
 * history's counts per status sum these instead of counting every execution of a long range.
 */
@Entity
@Table(name = "MR_STATUS_HOUR", indexes = {
        @Index(name = "MR_STATUS_HOUR_WS", columnList = "workspaceId,hourStart"),
        @Index(name = "MR_STATUS_HOUR_WF", columnList = "workflowId,hourStart")})
public class StatusHour {
    @Id
    @Column(length = 100)
    private String id;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    @Column(nullable = false, length = 32)
    private String workflowId;
    /** The hour's first epoch ms (a multiple of 3,600,000). */
    private long hourStart;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExecutionStatus status;
    private long n;

    protected StatusHour() {
    }

    public StatusHour(String workspaceId, String workflowId, long hourStart, ExecutionStatus status, long n) {
        this.id = workspaceId + ":" + hourStart + ":" + workflowId + ":" + status.name();
        this.workspaceId = workspaceId;
        this.workflowId = workflowId;
        this.hourStart = hourStart;
        this.status = status;
        this.n = n;
    }

    public long n() {
        return n;
    }
}
