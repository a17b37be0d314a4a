package io.millrace.application.source;

import io.millrace.application.cluster.NoteBoard;
import io.millrace.application.cluster.NoteReader;
import io.millrace.domain.events.EmittedEvent;
import io.millrace.domain.events.EmittedEventRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.logging.Level;
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

    private final Map<String, Set<Consumer<EmittedEvent>>> listeners = new ConcurrentHashMap<>();

    public void listen(String sourceId, Consumer<EmittedEvent> listener) {
        listeners.computeIfAbsent(sourceId, id -> new CopyOnWriteArraySet<>()).add(listener);
    }

    public void stop(String sourceId, Consumer<EmittedEvent> listener) {
        listeners.computeIfPresent(sourceId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Hands the events to the source's listeners after the current transaction commits. */
    void publishAfterCommit(String sourceId, List<EmittedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<EmittedEvent> copy = List.copyOf(events);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    deliver(sourceId, copy);
                    if (board != null) {
                        board.tellSoon(KIND, sourceId, String.join(" ", copy.stream().map(EmittedEvent::id).toList()));
                    }
                }
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
        if (!listeners.containsKey(sourceId) || body.isBlank()) {
            return;
        }
        List<EmittedEvent> stored = new java.util.ArrayList<>();
        for (String id : body.split(" ")) {
            events.find(sourceId, id).ifPresent(stored::add);
        }
        deliver(sourceId, stored);
    }

    private void deliver(String sourceId, List<EmittedEvent> events) {
        for (Consumer<EmittedEvent> listener : listeners.getOrDefault(sourceId, Set.of())) {
            for (EmittedEvent event : events) {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "an event listener of " + sourceId + " failed", e);
                }
            }
        }
    }
}
