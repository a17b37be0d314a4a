package io.millrace.application.execution;

/**
 * Hands an accepted execution to the workers. The send joins the caller's transaction, so an
 * execution is queued exactly when its row is committed.
 */
public interface ExecutionQueue {
    /** Hands the execution to the workers; the message carries the execution's run token. */
    void enqueue(String executionId, int runToken);

    /** The same, delivered no earlier than {@code delayMillis} from now (durable, scheduled by the broker). */
    void enqueue(String executionId, int runToken, long delayMillis);

    /**
     * Hands the part {@code scope} of a running execution (a parallel branch or loop item) to a worker, delivered no
     * earlier than {@code delayMillis} from now.
     */
    default void enqueuePart(String executionId, int runToken, String scope, long delayMillis) {
        throw new UnsupportedOperationException("this queue runs executions whole");
    }

    /** Asks for the workflow's gate to be looked at again at {@code epochMillis} (a durable, delayed message). */
    void wakeUp(String workflowId, long epochMillis);
}
