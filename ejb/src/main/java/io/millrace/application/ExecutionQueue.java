package io.millrace.application;

/**
 * Hands an accepted execution to the workers. The send joins the caller's transaction, so an
 * execution is queued exactly when its row is committed.
 */
public interface ExecutionQueue {
    void enqueue(String executionId);
}
