package io.millrace.application.execution;

import io.millrace.runtime.SseEvent;
import io.millrace.shared.Listeners;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The SSE destination ({@code $.send.sse}, seed page /workflows/data-management/destinations/sse): one stream per
 * workflow. The events of an execution are published when it ends, in step order; a client that connects first
 * gets the most recent {@value #RECENT} events of the workflow, then each new one. In-process: the recent events
 * are those this server node published since it started (the events themselves stay stored with each step's result).
 */
@ApplicationScoped
public class SseDestination {
    private static final Logger LOG = Logger.getLogger(SseDestination.class.getName());
    /** How many recent events a new client gets first. */
    public static final int RECENT = 100;

    /** One published event: its workflow, the execution that sent it and its sequence number in the stream. */
    public record Published(String workflowId, String executionId, long seq, SseEvent event) {
    }

    private final Map<String, Deque<Published>> recent = new ConcurrentHashMap<>();
    private final Listeners<Published> listeners = new Listeners<>(LOG, "an SSE listener of");
    private final Map<String, Long> sequences = new ConcurrentHashMap<>();

    /** Publishes the events of an execution that ended, in order. */
    public void publish(String workflowId, String executionId, List<SseEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Deque<Published> kept = recent.computeIfAbsent(workflowId, id -> new ArrayDeque<>());
        for (SseEvent event : events) {
            Published published;
            synchronized (kept) {
                published = new Published(workflowId, executionId, sequences.merge(workflowId, 1L, Long::sum), event);
                kept.addLast(published);
                while (kept.size() > RECENT) {
                    kept.removeFirst();
                }
            }
            listeners.deliver(workflowId, published);
        }
    }

    /**
     * Starts listening to the workflow's stream: the listener first gets the recent events, then every new one (an
     * event published while the recent ones are handed over may come twice: clients see its seq again).
     */
    public void listen(String workflowId, Consumer<Published> listener) {
        listeners.add(workflowId, listener);
        Deque<Published> kept = recent.get(workflowId);
        if (kept != null) {
            List<Published> copy;
            synchronized (kept) {
                copy = List.copyOf(kept);
            }
            copy.forEach(listener);
        }
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
