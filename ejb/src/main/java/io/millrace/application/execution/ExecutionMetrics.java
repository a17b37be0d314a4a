package io.millrace.application.execution;

import io.millrace.domain.execution.ExecutionStatus;

/** Counts and times executions per workflow for monitoring. */
public interface ExecutionMetrics {

    /** An execution of the workflow ended with {@code status} after {@code durationMillis} (null when it never ran). */
    void finished(String workflowId, ExecutionStatus status, Long durationMillis);
}
