package io.millrace.application.source;

import io.millrace.application.cluster.NoteBoard;
import io.millrace.application.cluster.NoteReader;
import io.millrace.domain.events.EmittedEvent;
import io.millrace.domain.events.EmittedEventRepository;
import io.millrace.shared.Listeners;
import io.millrace.shared.TransactionEnd;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Live listeners of sources' streams (the SSE endpoint): events a run stores are handed to the
 * listeners of their source once the storing transaction has committed, never before and never for a
 * rolled-back one. On a cluster the stored events' ids are also told to the other nodes after the commit (a
 * note of kind {@code source-events}), whose listeners hear the events read back from the database.
 */
@ApplicationScoped
public class SourceEventFeed implements NoteReader {
    static final String KIND = "source-events";

    private static final Logger LOG = Logger.getLogger(SourceEventFeed.class.getName());

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    NoteBoard board;
    @Inject
    EmittedEventRepository events;

    private final Listeners<EmittedEvent> listeners = new Listeners<>(LOG, "an event listener of");

    public void listen(String sourceId, Consumer<EmittedEvent> listener) {
        listeners.add(sourceId, listener);
    }

    public void stop(String sourceId, Consumer<EmittedEvent> listener) {
        listeners.remove(sourceId, listener);
    }

    /** Hands the events to the source's listeners after the current transaction commits. */
    void publishAfterCommit(String sourceId, List<EmittedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<EmittedEvent> copy = List.copyOf(events);
        TransactionEnd.afterCommit(transactions, () -> {
            listeners.deliver(sourceId, copy);
            if (board != null) {
                board.tellSoon(KIND, sourceId, String.join(" ", copy.stream().map(EmittedEvent::id).toList()));
            }
        });
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Events another node stored: read back and handed to the listeners here, in their order. */
    @Override
    public void read(String sourceId, String body) {
        if (!listeners.any(sourceId) || body.isBlank()) {
            return;
        }
        List<EmittedEvent> stored = new java.util.ArrayList<>();
        for (String id : body.split(" ")) {
            events.find(sourceId, id).ifPresent(stored::add);
        }
        listeners.deliver(sourceId, stored);
    }
}
