package io.millrace.application;

/**
 * Hands an accepted execution to the workers. The send joins the caller's transaction, so an
 * execution is queued exactly when its row is committed.
 */
public interface ExecutionQueue {
    void enqueue(String executionId);

    /** Asks for the workflow's gate to be looked at again at {@code epochMillis} (a durable, delayed message). */
    void wakeUp(String workflowId, long epochMillis);
}
