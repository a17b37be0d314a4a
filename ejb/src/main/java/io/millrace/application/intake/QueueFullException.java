package io.millrace.application.intake;

import io.millrace.domain.workflow.ExecutionControls;

/**
 * An event was refused because its workflow's queue is full ("Event Queue Full"). {@link #retryAfterSeconds}
 * tells the caller when to try again: a throttled queue lets events through with the next window, so its
 * interval; otherwise the queue moves as executions finish, so one second.
 */
public class QueueFullException extends RuntimeException {
    public static final String NAME = "Event Queue Full";

    private final int retryAfterSeconds;

    public QueueFullException(ExecutionControls controls) {
        super(message(controls.queueSize()));
        this.retryAfterSeconds = controls.throttleLimit() == null ? 1 : Math.max(1, controls.throttleIntervalSeconds());
    }

    /** What the refusal says, for a workflow whose queue holds {@code queueSize} events. */
    public static String message(int queueSize) {
        return "the workflow's queue is full (" + queueSize + " events wait already); this event was not queued";
    }

    /** When to send the event again, in whole seconds (at least 1). */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
