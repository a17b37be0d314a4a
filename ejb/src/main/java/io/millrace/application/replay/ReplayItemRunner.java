package io.millrace.application.replay;

import io.millrace.application.intake.QueueFullException;
import io.millrace.application.intake.ReplayRefused;
import io.millrace.application.intake.Replays;
import io.millrace.domain.replay.ReplayItemState;
import io.millrace.domain.replay.ReplayJob;
import io.millrace.domain.replay.ReplayJobRepository;
import io.millrace.shared.Ids;
import io.millrace.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Replays one item of a replay job in a transaction of its own: the item is locked while pending, the original is
 * replayed through {@link Replays#replayStored} (the workflow's live deployment, concurrency, throttle and queue)
 * and the item settled with the new execution, all in one commit. An item that is not pending any more was handled
 * before (a restart after a crash re-reads the items after its last checkpoint) and is left alone, so no original
 * is replayed twice by one job.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReplayItemRunner {
    @Inject
    ReplayJobRepository jobs;
    @Inject
    Replays replays;

    /** What became of one item. */
    public enum Outcome { REPLAYED, FAILED, SKIPPED, ALREADY_HANDLED }

    /** An item of a job's selection as the batch job reads it: its place and the original execution. */
    public record Item(int position, String executionId) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The next at most {@code limit} pending items after {@code afterPosition}, in order. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Item> pendingAfter(String jobId, int afterPosition, int limit) {
        return jobs.pendingAfter(jobId, afterPosition, limit).stream()
                .map(i -> new Item(i.position(), i.executionId())).toList();
    }

    /** The workspace of a job (null when it does not exist). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public String workspaceOf(String jobId) {
        return jobs.job(jobId).map(ReplayJob::workspaceId).orElse(null);
    }

    /**
     * Replays the item {@code executionId} of the job.
     *
     * @throws QueueFullException when the workflow's queue is full: nothing changed (the caller waits and tries again)
     */
    public Outcome replayOne(String jobId, String workspaceId, String executionId) {
        if (!jobs.lockPending(jobId, executionId)) {
            return Outcome.ALREADY_HANDLED;
        }
        String newId = Ids.ordered(System.currentTimeMillis());
        try {
            replays.replayStored(workspaceId, executionId, newId);
        } catch (NotFoundException e) {
            jobs.settle(jobId, executionId, ReplayItemState.SKIPPED, null, e.getMessage());
            return Outcome.SKIPPED;
        } catch (ReplayRefused e) {
            jobs.settle(jobId, executionId, ReplayItemState.FAILED, null, e.getMessage());
            return Outcome.FAILED;
        }
        jobs.settle(jobId, executionId, ReplayItemState.REPLAYED, newId, null);
        return Outcome.REPLAYED;
    }
}
