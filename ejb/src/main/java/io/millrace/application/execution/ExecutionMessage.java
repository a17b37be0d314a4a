package io.millrace.application.execution;

/** The body of a worker-queue message: {@code <execution id>:<run token>}. */
public record ExecutionMessage(String executionId, int runToken) {

    public static String format(String executionId, int runToken) {
        return executionId + ":" + runToken;
    }

    /** Reads a message body; a body without a token (older messages) means token 0. */
    public static ExecutionMessage parse(String body) {
        int colon = body.lastIndexOf(':');
        if (colon < 0) {
            return new ExecutionMessage(body, 0);
        }
        return new ExecutionMessage(body.substring(0, colon), Integer.parseInt(body.substring(colon + 1)));
    }
}
