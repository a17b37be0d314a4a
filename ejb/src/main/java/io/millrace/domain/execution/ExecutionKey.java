package io.millrace.domain.execution;

/** Where an execution stands in its workflow's history: when it began (epoch ms) and its id, which breaks ties. */
public record ExecutionKey(String id, long createdAt) {
    /** Before every execution. */
    public static final ExecutionKey FIRST = new ExecutionKey("", Long.MIN_VALUE);
}
