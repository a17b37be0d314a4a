package io.millrace.batch;

import io.millrace.application.operations.RetentionRuns;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import java.util.Properties;

/** Starts the batch jobs that keep history within its retention period ({@link RetentionRuns}). */
@Stateless
public class RetentionJobs implements RetentionRuns {
    public static final String PURGE_JOB = "purge-executions";

    /**
     * Starts a purge: what the workflows' retention settings let go and, unless {@code retentionDays} is null, the
     * executions that finished more than that many days ago.
     *
     * @return the job execution id
     */
    @Override
    public long purgeExecutions(Integer retentionDays) {
        Properties parameters = new Properties();
        if (retentionDays != null) {
            parameters.setProperty("retentionDays", Integer.toString(retentionDays));
        }
        return BatchRuntime.getJobOperator().start(PURGE_JOB, parameters);
    }

    /** The batch status of a job execution (STARTING, STARTED, COMPLETED, FAILED, …), or null when unknown. */
    @Override
    public String status(long jobExecutionId) {
        try {
            return BatchRuntime.getJobOperator().getJobExecution(jobExecutionId).getBatchStatus().name();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof NoSuchJobExecutionException) {
                    return null;
                }
            }
            throw e;
        }
    }
}
