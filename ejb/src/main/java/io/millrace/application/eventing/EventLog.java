package io.millrace.application.eventing;

import io.millrace.domain.events.EmittedEvent;
import io.millrace.domain.events.EmittedEventRepository;
import io.millrace.domain.events.Emitted;
import io.millrace.runtime.Emission;
import io.millrace.shared.EventId;
import io.millrace.shared.EventIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Appends emitted events to their emitter's stream, in the caller's transaction, and fires
 * {@link Emitted} for each so that deliveries are queued in that same transaction.
 */
@ApplicationScoped
public class EventLog {
    private static final EventIds IDS = new EventIds();

    @Inject
    EmittedEventRepository events;
    @Inject
    Event<Emitted> emitted;

    /**
     * Stores one emission of {@code emitterId} (a source {@code dc_...} or workflow {@code p_...}) and
     * returns it.
     *
     * @param emitId a unique id of this emission (shown as {@code metadata.emit_id}), or null
     * @param hops   the subscription hops of the run that emitted it (0 unless a delivery started the run)
     */
    @Transactional
    public EmittedEvent append(String workspaceId, String emitterId, Emission emission, String emitId, int hops) {
        long now = System.currentTimeMillis();
        EventId id = IDS.next(now);
        EmittedEvent event = new EmittedEvent(id, workspaceId, emitterId, emission.name(), emitId, emission.id(),
                emission.summary(), emission.ts() == null ? now : emission.ts(), emission.eventJson());
        events.add(event);
        emitted.fire(new Emitted(workspaceId, emitterId, event.id(), event.channel(), hops));
        return event;
    }
}
