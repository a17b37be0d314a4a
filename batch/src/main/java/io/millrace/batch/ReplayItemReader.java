package io.millrace.batch;

import io.millrace.application.replay.ReplayItemRunner;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads a replay job's pending items in their order. The checkpoint is the position handled through; a restarted
 * job reads the pending items after it.
 */
@Named("replayItemReader")
@Dependent
public class ReplayItemReader extends AbstractItemReader {
    private static final int FETCH = 100;

    @Inject
    ReplayItemRunner items;
    @Inject
    StepContext step;
    @Inject
    @BatchProperty(name = "jobId")
    String jobId;

    private final Deque<ReplayItemRunner.Item> buffer = new ArrayDeque<>();
    private int lastRead;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastRead = checkpoint == null ? -1 : (Integer) checkpoint;
        step.setTransientUserData(new ReplayCursor(lastRead));
    }

    @Override
    public Object readItem() {
        ReplayCursor cursor = (ReplayCursor) step.getTransientUserData();
        if (cursor.rewind) {
            cursor.rewind = false;
            buffer.clear();
            exhausted = false;
            lastRead = cursor.handledThrough;
        }
        if (buffer.isEmpty() && !exhausted) {
            buffer.addAll(items.pendingAfter(jobId, lastRead, FETCH));
            exhausted = buffer.size() < FETCH;
        }
        ReplayItemRunner.Item next = buffer.poll();
        if (next != null) {
            lastRead = next.position();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return ((ReplayCursor) step.getTransientUserData()).handledThrough;
    }
}
