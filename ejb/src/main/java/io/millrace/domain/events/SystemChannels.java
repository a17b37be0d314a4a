package io.millrace.domain.events;

/**
 * The channels Millrace itself writes to in a source's stream: run errors and run logs. They are
 * left out of the source's own events (see {@link EmittedEventRepository#page}).
 */
public final class SystemChannels {
    public static final String ERRORS = "$errors";
    public static final String LOGS = "$logs";

    private SystemChannels() {
    }
}
