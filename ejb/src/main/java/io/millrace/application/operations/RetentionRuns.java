package io.millrace.application.operations;

/** Port: the batch jobs that keep history within its retention period; implemented by the batch module. */
public interface RetentionRuns {
    /**
     * Starts a purge: the executions every workflow's retention settings let go ({@code retention_days},
     * {@code retention_count}) and, unless {@code retentionDays} is null, every execution that finished more than
     * that many days ago.
     *
     * @return the job execution id
     */
    long purgeExecutions(Integer retentionDays);

    /** The batch status of a job execution (STARTING, STARTED, COMPLETED, FAILED, …), or null when unknown. */
    String status(long jobExecutionId);
}
