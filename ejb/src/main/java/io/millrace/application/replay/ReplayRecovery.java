package io.millrace.application.replay;

import io.millrace.application.cluster.NodeClaims;

import io.millrace.domain.replay.ReplayJob;
import io.millrace.domain.replay.ReplayJobRepository;
import io.millrace.domain.replay.ReplayJobStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At a server start: replay jobs that were starting or running when the server stopped (a crash, a {@code kill -9})
 * are restarted from their checkpoint; those that were stopping are marked stopped. The batch runtime marks the
 * executions it found in flight as failed when its job repository starts; until it has, a restart is refused, and
 * {@link #recover} says to try again.
 */
@ApplicationScoped
public class ReplayRecovery {
    private static final Logger LOG = Logger.getLogger(ReplayRecovery.class.getName());

    @Inject
    ReplayJobRepository jobs;
    @Inject
    ReplayJobWriter writer;
    @Inject
    ReplayRuns runs;
    @Inject
    NodeClaims claims;

    /**
     * Restarts the interrupted jobs it can; returns how many are left to try again later. Nodes that start together
     * do this one after the other ({@link NodeClaims}), so a job is restarted once; a job whose batch execution
     * another node runs shows as started and is left alone.
     */
    public int recover() {
        return claims.alone("replay-recovery", java.time.Duration.ofMinutes(1), this::recoverAll);
    }

    private int recoverAll() {
        int left = 0;
        List<ReplayJob> found = jobs.inStates(List.of(ReplayJobStatus.STARTING, ReplayJobStatus.RUNNING,
                ReplayJobStatus.STOPPING));
        for (ReplayJob job : found) {
            try {
                if (!recover(job)) {
                    left++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "replay " + job.id() + " could not be restarted yet: " + e, e);
                left++;
            }
        }
        return left;
    }

    /** False when the batch runtime still shows the job's execution as running: try again later. */
    private boolean recover(ReplayJob job) {
        if (job.batchExecutionId() == null) {
            writer.attach(job.id(), runs.start(job.id()));
            return true;
        }
        String status = runs.status(job.batchExecutionId());
        if ("STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status)) {
            return false;
        }
        if (job.status() == ReplayJobStatus.STOPPING || "STOPPED".equals(status)) {
            writer.ended(job.id(), ReplayJobStatus.STOPPED);
            return true;
        }
        if ("COMPLETED".equals(status)) {
            writer.ended(job.id(), ReplayJobStatus.COMPLETED);
            return true;
        }
        writer.ended(job.id(), ReplayJobStatus.FAILED);
        writer.restartInterrupted(job.id(), runs);
        LOG.info("replay " + job.id() + " was interrupted (execution " + job.batchExecutionId()
                + " " + status + "): restarted from its checkpoint");
        return true;
    }
}
