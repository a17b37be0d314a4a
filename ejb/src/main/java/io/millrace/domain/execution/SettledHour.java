package io.millrace.domain.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * An hour of a workspace's history whose executions had all finished when it was counted, so that its
 * {@link StatusHour} counts stay true (a finished execution never changes status again) until one of its executions
 * is deleted, which deletes this row and those counts in the same transaction.
 */
@Entity
@Table(name = "MR_SETTLED_HOUR", indexes = @Index(name = "MR_SETTLED_HOUR_WS", columnList = "workspaceId,hourStart"))
public class SettledHour {
    @Id
    @Column(length = 50)
    private String id;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    /** The hour's first epoch ms (a multiple of 3,600,000). */
    private long hourStart;

    protected SettledHour() {
    }

    public SettledHour(String workspaceId, long hourStart) {
        this.id = workspaceId + ":" + hourStart;
        this.workspaceId = workspaceId;
        this.hourStart = hourStart;
    }
}
