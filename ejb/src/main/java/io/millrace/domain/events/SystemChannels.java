package io.millrace.domain.events;

/**
 * The channels Millrace itself writes to in a source's stream: run errors, run logs, and the test events sent to
 * its HTTP endpoint with {@code x-pd-notrigger: 1} (the source does not run for them). They are left out of the
 * source's own events (see {@link EmittedEventRepository#page}) and go to no listener unless one subscribed to
 * that channel.
 */
public final class SystemChannels {
    public static final String ERRORS = "$errors";
    public static final String LOGS = "$logs";
    public static final String TEST = "$test";

    private SystemChannels() {
    }
}
