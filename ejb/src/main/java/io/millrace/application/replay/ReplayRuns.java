package io.millrace.application.replay;

/** Port: the Jakarta Batch job that replays a replay job's items; implemented by the batch module. */
public interface ReplayRuns {
    /** Starts the batch job of the replay job {@code jobId}; returns its execution id. */
    long start(String jobId);

    /** Restarts a stopped or failed batch job execution from its checkpoint; returns the new execution id. */
    long restart(long executionId);

    /** Asks a running execution to stop after its current chunk; false when it is not running any more. */
    boolean stop(long executionId);

    /** Abandons a stopped or failed execution: it can never be restarted. */
    void abandon(long executionId);

    /** The batch status of an execution (STARTING, STARTED, STOPPING, STOPPED, COMPLETED, FAILED, ABANDONED), or null. */
    String status(long executionId);
}
