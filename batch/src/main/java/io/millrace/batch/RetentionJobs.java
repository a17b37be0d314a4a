package io.millrace.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import java.util.Properties;

/** Starts the batch jobs that keep history within its retention period. */
@Stateless
public class RetentionJobs {
    public static final String PURGE_JOB = "purge-executions";

    /**
     * Starts a purge of the executions that finished more than {@code retentionDays} days ago.
     *
     * @return the job execution id
     */
    public long purgeExecutions(int retentionDays) {
        Properties parameters = new Properties();
        parameters.setProperty("retentionDays", Integer.toString(retentionDays));
        return BatchRuntime.getJobOperator().start(PURGE_JOB, parameters);
    }
}
