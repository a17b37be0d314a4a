package io.millrace.batch;

import io.millrace.application.replay.ReplayRuns;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Properties;

/** Starts, restarts, stops and abandons the batch jobs of replay jobs ({@link ReplayRuns}). */
@ApplicationScoped
public class ReplayJobs implements ReplayRuns {
    public static final String JOB = "replay-executions";

    @Override
    public long start(String jobId) {
        Properties parameters = new Properties();
        parameters.setProperty("jobId", jobId);
        return operator().start(JOB, parameters);
    }

    @Override
    public long restart(long executionId) {
        JobOperator operator = operator();
        Properties parameters = operator.getParameters(executionId);
        return operator.restart(executionId, parameters == null ? new Properties() : parameters);
    }

    @Override
    public boolean stop(long executionId) {
        try {
            operator().stop(executionId);
            return true;
        } catch (RuntimeException e) {
            if (causedBy(e, JobExecutionNotRunningException.class)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void abandon(long executionId) {
        operator().abandon(executionId);
    }

    @Override
    public String status(long executionId) {
        try {
            return operator().getJobExecution(executionId).getBatchStatus().name();
        } catch (RuntimeException e) {
            if (causedBy(e, NoSuchJobExecutionException.class)) {
                return null;
            }
            throw e;
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
