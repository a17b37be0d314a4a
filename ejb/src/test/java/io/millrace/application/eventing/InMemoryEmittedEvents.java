package io.millrace.application.eventing;

import io.millrace.domain.events.EmittedEvent;
import io.millrace.domain.events.EmittedEventRepository;
import io.millrace.shared.EventId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stored events in memory, found by emitter and id; counts its reads. Paging is not needed. */
class InMemoryEmittedEvents implements EmittedEventRepository {
    final List<EmittedEvent> all = new ArrayList<>();
    int reads;

    @Override
    public void add(EmittedEvent event) {
        all.add(event);
    }

    @Override
    public Optional<EmittedEvent> find(String emitterId, String eventId) {
        reads++;
        return all.stream().filter(e -> e.emitterId().equals(emitterId) && e.id().equals(eventId)).findFirst();
    }

    @Override
    public List<EmittedEvent> page(String emitterId, String channel, EventId after, EventId before, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long count(String emitterId, String channel) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int deleteRange(String emitterId, EventId start, EventId end) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int deleteAll(String emitterId) {
        throw new UnsupportedOperationException();
    }
}
