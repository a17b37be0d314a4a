package io.millrace.application.execution;

import io.millrace.application.cluster.NoteBoard;
import io.millrace.application.cluster.NoteReader;
import io.millrace.domain.execution.SseRecord;
import io.millrace.runtime.SseEvent;
import io.millrace.shared.Listeners;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.stream.IntStream;
import java.util.logging.Logger;

/**
 * The SSE destination ({@code $.send.sse}, seed page /workflows/data-management/destinations/sse): one stream per
 * workflow. The events of an execution are published when it ends, in step order; a client that connects first
 * gets the most recent {@value #RECENT} events of the workflow, then each new one. The recent events are stored
 * ({@link SseRecords}: a client gets them after a restart, or from another node); new events reach the clients
 * connected to the node that ran the execution, and to those of the other nodes through a note naming the stored
 * events ({@link NoteBoard}), which they read back. An event's sequence number (its SSE {@code id:}) is the publishing
 * time in microseconds, one more than the node's last one of the workflow when that is later, so it grows across
 * restarts. When the database cannot be written or read, the events this node published since it started stand in.
 */
@ApplicationScoped
public class SseDestination implements NoteReader {
    static final String KIND = "sse-destination";
    private static final Logger LOG = Logger.getLogger(SseDestination.class.getName());
    /** How many recent events a new client gets first. */
    public static final int RECENT = 100;

    /** One published event: its workflow, the execution that sent it and its sequence number in the stream. */
    public record Published(String workflowId, String executionId, long seq, SseEvent event) {
    }

    private final Map<String, Deque<Published>> recent = new ConcurrentHashMap<>();
    private final Listeners<Published> listeners = new Listeners<>(LOG, "an SSE listener of");
    private final Map<String, Long> sequences = new ConcurrentHashMap<>();
    @Inject
    SseRecords stored;
    @Inject
    NoteBoard board;

    /** Publishes the events of an execution that ended, in order. */
    public void publish(String workflowId, String executionId, List<SseEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Deque<Published> kept = recent.computeIfAbsent(workflowId, id -> new ArrayDeque<>());
        List<Published> all = new ArrayList<>();
        synchronized (kept) {
            for (SseEvent event : events) {
                long seq = sequences.merge(workflowId, System.currentTimeMillis() * 1000,
                        (last, now) -> Math.max(last + 1, now));
                Published published = new Published(workflowId, executionId, seq, event);
                all.add(published);
                kept.addLast(published);
                while (kept.size() > RECENT) {
                    kept.removeFirst();
                }
            }
        }
        boolean saved = store(workflowId, executionId, all);
        all.forEach(p -> listeners.deliver(workflowId, p));
        if (saved && board != null) {
            board.tellSoon(KIND, workflowId, String.join(" ", IntStream.range(0, all.size())
                    .mapToObj(i -> SseRecord.idOf(workflowId, executionId, i)).toList()));
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Events another node published and stored: read back and handed to the clients connected here, in order. */
    @Override
    public void read(String workflowId, String body) {
        if (stored == null || !listeners.any(workflowId) || body.isBlank()) {
            return;
        }
        for (SseRecord r : stored.find(List.of(body.split(" ")))) {
            listeners.deliver(workflowId, published(r));
        }
    }

    private static Published published(SseRecord r) {
        return new Published(r.workflowId(), r.executionId(), r.seq(), new SseEvent(r.channel(), r.payloadJson()));
    }

    /** Stores the events; false when they could not be (or there is no database: unit tests). */
    private boolean store(String workflowId, String executionId, List<Published> all) {
        if (stored == null) {
            return false;
        }
        List<SseRecord> records = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            SseEvent e = all.get(i).event();
            records.add(new SseRecord(workflowId, executionId, i, all.get(i).seq(), e.channel(), e.payloadJson()));
        }
        try {
            stored.store(workflowId, records, RECENT);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not store the SSE events of execution " + executionId
                    + "; clients connected here now get them, later ones and other nodes' may not", e);
            return false;
        }
    }

    /** The recent events: the stored ones, or this node's when they cannot be read. */
    private List<Published> recent(String workflowId) {
        if (stored != null) {
            try {
                return stored.recent(workflowId, RECENT).stream().map(SseDestination::published).toList();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not read the stored SSE events of workflow " + workflowId, e);
            }
        }
        Deque<Published> kept = recent.get(workflowId);
        if (kept == null) {
            return List.of();
        }
        synchronized (kept) {
            return List.copyOf(kept);
        }
    }

    /**
     * Starts listening to the workflow's stream: the listener first gets the recent events, then every new one (an
     * event published while the recent ones are handed over may come twice: clients see its seq again).
     */
    public void listen(String workflowId, Consumer<Published> listener) {
        listeners.add(workflowId, listener);
        recent(workflowId).forEach(listener);
    }

    public void stop(String workflowId, Consumer<Published> listener) {
        listeners.remove(workflowId, listener);
    }

    /** Forgets a deleted workflow's recent events. */
    public void forget(String workflowId) {
        recent.remove(workflowId);
        sequences.remove(workflowId);
    }
}
