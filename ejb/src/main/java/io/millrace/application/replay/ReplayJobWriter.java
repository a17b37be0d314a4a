package io.millrace.application.replay;

import io.millrace.application.audit.AuditLog;
import io.millrace.domain.audit.Actor;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.domain.replay.ReplayItem;
import io.millrace.domain.replay.ReplayJob;
import io.millrace.domain.replay.ReplayJobRepository;
import io.millrace.domain.replay.ReplayJobStatus;
import io.millrace.shared.ConflictException;
import io.millrace.shared.Jsonp;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Predicate;

/**
 * The transactions of replay jobs: each short and committed on its own. A change of state locks the job's row, so
 * the API and the batch job's listener never overwrite each other; the audit events go with the changes they tell.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReplayJobWriter {
    @Inject
    ReplayJobRepository jobs;
    @Inject
    AuditLog audit;

    /** Stores a chunk of a new job's selection. */
    public void addItems(List<ReplayItem> items) {
        jobs.addItems(items);
    }

    /** Stores the new job (its items are stored already) and records {@code replay.started}. */
    public void create(ReplayJob job, JsonObject details) {
        jobs.add(job);
        audit.record(job.workspaceId(), AuditActions.REPLAY_STARTED, new Target("replay", job.id()),
                Jsonp.createObjectBuilder(details).add("total", job.total()).build());
    }

    /** The batch job of {@code jobId} was started as {@code executionId}. */
    public void attach(String jobId, long executionId) {
        ReplayJob job = jobs.lock(jobId).orElseThrow();
        if (job.batchExecutionId() == null || job.batchExecutionId() < executionId) {
            if (job.status() == ReplayJobStatus.STARTING) {
                job.started(executionId, System.currentTimeMillis());
            }
        }
    }

    /** The batch job's execution {@code executionId} began to run (its listener). */
    public void running(String jobId, long executionId) {
        ReplayJob job = jobs.lock(jobId).orElseThrow();
        if (job.status() == ReplayJobStatus.ABANDONED) {
            return;
        }
        ReplayJobStatus keep = job.status() == ReplayJobStatus.STOPPING ? ReplayJobStatus.STOPPING : ReplayJobStatus.RUNNING;
        long now = System.currentTimeMillis();
        job.started(executionId, now);
        job.moveTo(keep, now);
    }

    /** The batch job's run ended as {@code outcome} (its listener, or the recovery at a server start). */
    public void ended(String jobId, ReplayJobStatus outcome) {
        ReplayJob job = jobs.lock(jobId).orElse(null);
        if (job != null && job.status() != ReplayJobStatus.ABANDONED) {
            job.moveTo(outcome, System.currentTimeMillis());
        }
    }

    /** Whether a stop of the job was asked (the batch job looks while it waits for room in a queue). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean stopAsked(String jobId) {
        return jobs.job(jobId).map(j -> j.status() != ReplayJobStatus.RUNNING && j.status() != ReplayJobStatus.STARTING)
                .orElse(true);
    }

    /** Marks the job stopping and records {@code replay.stopped}; 409 when it is not starting or running. */
    public ReplayJob stopping(String workspaceId, String id) {
        ReplayJob job = locked(workspaceId, id, ReplayJobStatus::stoppable, "stopped");
        job.moveTo(ReplayJobStatus.STOPPING, System.currentTimeMillis());
        record(job, AuditActions.REPLAY_STOPPED);
        return job;
    }

    /**
     * Restarts the job's batch job from its checkpoint ({@code runs.restart}) and records {@code replay.restarted};
     * 409 when it is not stopped or failed.
     */
    public ReplayJob restart(String workspaceId, String id, ReplayRuns runs) {
        ReplayJob job = locked(workspaceId, id, ReplayJobStatus::restartable, "restarted");
        long execution = job.batchExecutionId() == null ? runs.start(id) : runs.restart(job.batchExecutionId());
        job.started(execution, System.currentTimeMillis());
        record(job, AuditActions.REPLAY_RESTARTED);
        return job;
    }

    /**
     * Restarts a job that a server stop (or crash) interrupted and records {@code replay.restarted} by the system,
     * with {@code "cause": "server_start"} in its details.
     */
    public void restartInterrupted(String id, ReplayRuns runs) {
        ReplayJob job = jobs.lock(id).orElseThrow();
        if (job.status().restartable()) {
            job.started(runs.restart(job.batchExecutionId()), System.currentTimeMillis());
            audit.record(Actor.system(), job.workspaceId(), AuditActions.REPLAY_RESTARTED,
                    new Target("replay", job.id()), Jsonp.createObjectBuilder(counters(job))
                            .add("cause", "server_start").build());
        }
    }

    /** Abandons the job's batch job for good and records {@code replay.abandoned}; 409 when it is not stopped or failed. */
    public ReplayJob abandon(String workspaceId, String id, ReplayRuns runs) {
        ReplayJob job = locked(workspaceId, id, ReplayJobStatus::abandonable, "abandoned");
        if (job.batchExecutionId() != null) {
            runs.abandon(job.batchExecutionId());
        }
        job.moveTo(ReplayJobStatus.ABANDONED, System.currentTimeMillis());
        record(job, AuditActions.REPLAY_ABANDONED);
        return job;
    }

    private ReplayJob locked(String workspaceId, String id, Predicate<ReplayJobStatus> allowed, String what) {
        ReplayJob job = jobs.job(workspaceId, id).flatMap(j -> jobs.lock(j.id()))
                .orElseThrow(() -> new NotFoundException("replay " + Quoted.value(id) + " not found"));
        if (!allowed.test(job.status())) {
            throw new ConflictException("replay " + id + " is " + job.status().wireName() + ": it cannot be " + what
                    + " now");
        }
        return job;
    }

    private void record(ReplayJob job, String action) {
        audit.record(job.workspaceId(), action, new Target("replay", job.id()), counters(job));
    }

    private static JsonObject counters(ReplayJob job) {
        return Jsonp.createObjectBuilder().add("total", job.total()).add("done", job.done())
                .add("failed", job.failed()).add("skipped", job.skipped()).build();
    }
}
