package io.millrace.application.execution;

/**
 * The body of a worker-queue message: {@code <execution id>:<run token>}, or
 * {@code <execution id>:<run token>:<scope>} for a parallel branch or loop item handed to a worker of its own
 * ({@code scope} is its key prefix, e.g. {@code fan/a/}; see {@code orchestrator.Decision.Fork}).
 *
 * @param scope the part of the execution the message runs, or null for a message that runs it whole (and starts
 *              it: queued, paused or, redelivered, interrupted). {@code ""} continues the whole execution after a
 *              parallel block or loop was joined: it is running already.
 */
public record ExecutionMessage(String executionId, int runToken, String scope) {

    public ExecutionMessage(String executionId, int runToken) {
        this(executionId, runToken, null);
    }

    public static String format(String executionId, int runToken) {
        return executionId + ":" + runToken;
    }

    public static String format(String executionId, int runToken, String scope) {
        return executionId + ":" + runToken + ":" + scope;
    }

    /** Reads a message body; a body without a token (older messages) means token 0. */
    public static ExecutionMessage parse(String body) {
        int colon = body.indexOf(':');
        if (colon < 0) {
            return new ExecutionMessage(body, 0);
        }
        String rest = body.substring(colon + 1);
        int second = rest.indexOf(':');
        if (second < 0) {
            return new ExecutionMessage(body.substring(0, colon), Integer.parseInt(rest));
        }
        return new ExecutionMessage(body.substring(0, colon), Integer.parseInt(rest.substring(0, second)),
                rest.substring(second + 1));
    }
}
