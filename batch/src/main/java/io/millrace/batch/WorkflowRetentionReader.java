package io.millrace.batch;

import io.millrace.application.operations.WorkflowRetention;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the ids of executions that their workflow's retention settings let go ({@link WorkflowRetention}), one
 * workflow after another, {@value #FETCH} at a time (the chunk's size, so each fetch follows the previous chunk's
 * commit and never sees deleted rows). The checkpoint is the workflow in progress: a restarted job starts again
 * with it.
 */
@Named("workflowRetentionReader")
@Dependent
public class WorkflowRetentionReader extends AbstractItemReader {
    static final int FETCH = 100;

    @Inject
    WorkflowRetention retention;

    private final Deque<String> buffer = new ArrayDeque<>();
    private String workflowId;
    private long now;

    @Override
    public void open(Serializable checkpoint) {
        now = System.currentTimeMillis();
        workflowId = checkpoint == null ? retention.nextLimited(null) : (String) checkpoint;
    }

    @Override
    public Object readItem() {
        while (buffer.isEmpty() && workflowId != null) {
            buffer.addAll(retention.expired(workflowId, now, FETCH));
            if (buffer.isEmpty()) {
                workflowId = retention.nextLimited(workflowId);
            }
        }
        return buffer.poll();
    }

    @Override
    public Serializable checkpointInfo() {
        return workflowId;
    }
}
