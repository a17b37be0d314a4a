package io.millrace.domain.events;

import io.millrace.shared.EventId;
import java.util.List;
import java.util.Optional;

/**
 * The stored streams of all emitters (sources and workflows), read by channel: {@code channel} null
 * means every channel but the {@link SystemChannels}, otherwise exactly that channel.
 */
public interface EmittedEventRepository {
    void add(EmittedEvent event);

    Optional<EmittedEvent> find(String emitterId, String eventId);

    /**
     * The emitter's events with {@code after < id < before} (either bound may be null), newest first, at most
     * {@code limit}; when only {@code after} is given, the oldest ones above it (still newest first).
     */
    List<EmittedEvent> page(String emitterId, String channel, EventId after, EventId before, int limit);

    long count(String emitterId, String channel);

    /** Deletes the emitter's events with {@code start <= id <= end} (null: unbounded); returns how many. */
    int deleteRange(String emitterId, EventId start, EventId end);

    /** Deletes all events of the emitter (when it is deleted); returns how many. */
    int deleteAll(String emitterId);
}
