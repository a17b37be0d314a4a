package io.millrace.application.intake;

/** An event was refused because its workflow's queue is full ("Event Queue Full"). */
public class QueueFullException extends RuntimeException {
    public static final String NAME = "Event Queue Full";

    public QueueFullException(String message) {
        super(message);
    }
}
