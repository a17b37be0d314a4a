package io.millrace.batch;

import io.millrace.application.intake.QueueFullException;
import io.millrace.application.replay.ReplayItemRunner;
import io.millrace.application.replay.ReplayJobWriter;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Replays a chunk of items one by one, in order, each in its own transaction ({@link ReplayItemRunner}). When a
 * workflow's queue is full it waits and tries again, instead of failing the item; after
 * {@value #MAX_WAIT_MS} ms of waiting in one chunk, or when a stop was asked, it leaves the rest of the chunk pending
 * for the reader to read again (or for a restart).
 */
@Named("replayItemWriter")
@Dependent
public class ReplayItemWriter extends AbstractItemWriter {
    static final long MAX_WAIT_MS = 30_000;
    private static final long FIRST_PAUSE_MS = 50;
    private static final long LONGEST_PAUSE_MS = 1_000;
    /** How often, at most, the writer looks whether a stop was asked while it replays. */
    private static final long STOP_CHECK_MS = 500;

    @Inject
    ReplayItemRunner runner;
    @Inject
    ReplayJobWriter jobs;
    @Inject
    StepContext step;
    @Inject
    @BatchProperty(name = "jobId")
    String jobId;

    private String workspaceId;
    private long stopCheckedAt;

    @Override
    public void open(Serializable checkpoint) {
        workspaceId = runner.workspaceOf(jobId);
    }

    @Override
    public void writeItems(List<Object> items) throws InterruptedException {
        ReplayCursor cursor = (ReplayCursor) step.getTransientUserData();
        long waited = 0;
        for (Object o : items) {
            ReplayItemRunner.Item item = (ReplayItemRunner.Item) o;
            if (stopAskedNow()) {
                cursor.rewind = true;
                return;
            }
            long pause = FIRST_PAUSE_MS;
            while (true) {
                try {
                    runner.replayOne(jobId, workspaceId, item.executionId());
                    cursor.handledThrough = item.position();
                    break;
                } catch (QueueFullException full) {
                    if (waited >= MAX_WAIT_MS || stopAskedNow()) {
                        cursor.rewind = true;
                        return;
                    }
                    Thread.sleep(pause);
                    waited += pause;
                    pause = Math.min(LONGEST_PAUSE_MS, pause * 2);
                }
            }
        }
    }

    /** Whether a stop was asked, looked up at most every {@value #STOP_CHECK_MS} ms. */
    private boolean stopAskedNow() {
        long now = System.currentTimeMillis();
        if (now - stopCheckedAt < STOP_CHECK_MS) {
            return false;
        }
        stopCheckedAt = now;
        return jobs.stopAsked(jobId);
    }
}
