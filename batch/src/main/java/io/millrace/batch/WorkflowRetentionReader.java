package io.millrace.batch;

import io.millrace.application.operations.WorkflowRetention;
import io.millrace.domain.execution.ExecutionKey;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads the ids of executions that their workflow's retention settings let go ({@link WorkflowRetention}), one
 * workflow after another, {@value #FETCH} at a time in keyset order (createdAt, id), so a fetch never returns
 * what an uncommitted chunk holds. The checkpoint is the workflow in progress and the last key read: a restarted
 * job goes on from there.
 */
@Named("workflowRetentionReader")
@Dependent
public class WorkflowRetentionReader extends AbstractItemReader {
    static final int FETCH = 100;

    @Inject
    WorkflowRetention retention;

    private final Deque<ExecutionKey> buffer = new ArrayDeque<>();
    private String workflowId;
    private ExecutionKey last = ExecutionKey.FIRST;
    private long now;
    /** The current workflow's cutoff ({@link WorkflowRetention#cutoff}), or null before it is known. */
    private Long cutoff;

    /** The checkpoint: where the reader is. */
    record Position(String workflowId, String lastId, long lastCreatedAt) implements Serializable {
    }

    @Override
    public void open(Serializable checkpoint) {
        now = System.currentTimeMillis();
        if (checkpoint instanceof Position p) {
            workflowId = p.workflowId();
            last = new ExecutionKey(p.lastId(), p.lastCreatedAt());
        } else {
            workflowId = retention.nextLimited(null);
        }
    }

    @Override
    public Object readItem() {
        while (buffer.isEmpty() && workflowId != null) {
            if (cutoff == null) {
                cutoff = retention.cutoff(workflowId, now);
            }
            List<ExecutionKey> keys = retention.expired(workflowId, cutoff, last, FETCH);
            buffer.addAll(keys);
            if (keys.size() < FETCH) {
                workflowId = retention.nextLimited(workflowId);
                cutoff = null;
                last = ExecutionKey.FIRST;
            } else {
                last = keys.get(keys.size() - 1);
            }
        }
        ExecutionKey next = buffer.poll();
        return next == null ? null : next.id();
    }

    @Override
    public Serializable checkpointInfo() {
        return workflowId == null ? null : new Position(workflowId, last.id(), last.createdAt());
    }
}
