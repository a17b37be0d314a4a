package io.millrace.batch;

import io.millrace.domain.execution.ExecutionRepository;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the ids of executions that finished more than the job's {@code retentionDays} ago, in id order; nothing
 * when the job has no such parameter (a run for the workflows' own settings only). The checkpoint is the last id
 * read, so a restarted job goes on where it stopped.
 */
@Named("expiredExecutionReader")
@Dependent
public class ExpiredExecutionReader extends AbstractItemReader {
    private static final int FETCH = 100;

    @Inject
    ExecutionRepository executions;
    @Inject
    @BatchProperty(name = "retentionDays")
    String retentionDays;

    private final Deque<String> buffer = new ArrayDeque<>();
    private String lastId;
    private long cutoff;

    @Override
    public void open(Serializable checkpoint) {
        lastId = (String) checkpoint;
        cutoff = retentionDays == null || retentionDays.isBlank() ? Long.MIN_VALUE
                : System.currentTimeMillis() - Duration.ofDays(Long.parseLong(retentionDays.trim())).toMillis();
    }

    @Override
    public Object readItem() {
        if (cutoff == Long.MIN_VALUE) {
            return null;
        }
        if (buffer.isEmpty()) {
            buffer.addAll(executions.finishedBefore(cutoff, lastId, FETCH));
        }
        String next = buffer.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
