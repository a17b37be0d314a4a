package io.millrace.application.intake;

/** An event was refused because its workflow's queue is full ("Event Queue Full"). */
public class QueueFullException extends RuntimeException {
    public static final String NAME = "Event Queue Full";

    public QueueFullException(String message) {
        super(message);
    }

    /** What the refusal says, for a workflow whose queue holds {@code queueSize} events. */
    public static String message(int queueSize) {
        return "the workflow's queue is full (" + queueSize + " events wait already); this event was not queued";
    }
}
