package io.millrace.domain.source;

import io.millrace.domain.events.EmittedEvent;
import io.millrace.shared.EventId;
import java.util.List;

/**
 * Reads a source's stream by channel: the events it emitted ({@code channel} null: every channel but
 * the system channels {@code $errors} and {@code $logs}), or one system channel.
 */
public interface SourceEventRepository {
    String ERRORS = "$errors";
    String LOGS = "$logs";

    /**
     * Events with {@code after < id < before} (either bound may be null), newest first, at most
     * {@code limit}; when only {@code after} is given, the oldest ones above it (still newest first).
     */
    List<EmittedEvent> page(String emitterId, String channel, EventId after, EventId before, int limit);

    long count(String emitterId, String channel);
}
