package io.millrace.application.operations;

/** Port: the batch jobs that keep history within its retention period; implemented by the batch module. */
public interface RetentionRuns {
    /**
     * Starts a purge of the executions that finished more than {@code retentionDays} days ago.
     *
     * @return the job execution id
     */
    long purgeExecutions(int retentionDays);

    /** The batch status of a job execution (STARTING, STARTED, COMPLETED, FAILED, …), or null when unknown. */
    String status(long jobExecutionId);
}
