package io.millrace.batch;

import io.millrace.application.replay.ReplayJobWriter;
import io.millrace.domain.replay.ReplayJobStatus;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps a replay job's state in step with its batch job: running when it begins, then completed, stopped or failed. */
@Named("replayJobListener")
@Dependent
public class ReplayJobListener extends AbstractJobListener {
    @Inject
    ReplayJobWriter jobs;
    @Inject
    JobContext context;
    @Inject
    @BatchProperty(name = "jobId")
    String jobId;

    @Override
    public void beforeJob() {
        jobs.running(jobId, context.getExecutionId());
    }

    @Override
    public void afterJob() {
        jobs.ended(jobId, outcome(context.getBatchStatus()));
    }

    /** The replay job's state for the batch status a job ends with (still STARTED when it completed). */
    static ReplayJobStatus outcome(BatchStatus status) {
        return switch (status) {
            case FAILED, ABANDONED -> ReplayJobStatus.FAILED;
            case STOPPING, STOPPED -> ReplayJobStatus.STOPPED;
            default -> ReplayJobStatus.COMPLETED;
        };
    }
}
