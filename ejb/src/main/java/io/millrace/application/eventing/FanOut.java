package io.millrace.application.eventing;

import io.millrace.domain.events.EmittedEvent;
import io.millrace.domain.events.EmittedEventRepository;
import io.millrace.domain.events.Emitted;
import io.millrace.domain.subscription.Delivery;
import io.millrace.domain.subscription.Hops;
import io.millrace.domain.subscription.EmitterIds;
import io.millrace.domain.subscription.Subscription;
import io.millrace.domain.subscription.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Queues one delivery per listener of each stored event, synchronously in the transaction that stores
 * the event (it observes {@link Emitted}), so an event is committed exactly with its deliveries. A
 * listener subscribed several ways (a trigger and an API subscription, an id and a glob) gets the
 * event once; an emitter never receives its own events.
 */
@ApplicationScoped
public class FanOut {
    private static final Logger LOG = Logger.getLogger(FanOut.class.getName());
    @Inject
    SubscriptionRepository subscriptions;
    @Inject
    EmittedEventRepository events;
    @Inject
    DeliveryQueue queue;

    void onEmitted(@Observes Emitted emitted) {
        Set<String> listeners = listeners(emitted.workspaceId(), emitted.emitterId(), emitted.channel());
        if (listeners.isEmpty()) {
            return;
        }
        EmittedEvent event = events.find(emitted.emitterId(), emitted.eventId()).orElseThrow();
        send(listeners, emitted.workspaceId(), emitted.emitterId(), emitted.eventId(), emitted.channel(),
                event.eventJson(), emitted.hops());
    }

    /**
     * Queues the deliveries of an event stored elsewhere than the emitted-events stream (workflow errors).
     *
     * @param hops the subscription hops of the run the event comes from
     */
    public void fanOut(String workspaceId, String emitterId, String eventId, String channel, String eventJson,
                       int hops) {
        Set<String> listeners = listeners(workspaceId, emitterId, channel);
        send(listeners, workspaceId, emitterId, eventId, channel, eventJson, hops);
    }

    private Set<String> listeners(String workspaceId, String emitterId, String channel) {
        List<Subscription> subs = subscriptions.listening(workspaceId, emitterId, EmitterIds.globOf(emitterId),
                channel == null ? "" : channel);
        Set<String> listeners = new LinkedHashSet<>();
        subs.forEach(s -> listeners.add(s.listenerId()));
        listeners.remove(emitterId);
        return listeners;
    }

    private void send(Set<String> listeners, String workspaceId, String emitterId, String eventId, String channel,
                      String eventJson, int hops) {
        if (listeners.isEmpty()) {
            return;
        }
        if (!Hops.mayDeliver(hops)) {
            LOG.warning(() -> "event " + eventId + " of " + emitterId + " is not delivered to " + listeners
                    + ": it has passed through " + hops + " subscriptions already (at most " + Hops.MAX
                    + "); is there a cycle of subscriptions? The event stays in " + emitterId + "'s stream");
            return;
        }
        for (String listener : listeners) {
            Delivery delivery = new Delivery(workspaceId, listener, emitterId, eventId, channel == null ? "" : channel,
                    eventJson == null ? "null" : eventJson, 1, hops + 1);
            if (listener.startsWith(EmitterIds.WEBHOOK)) {
                queue.post(delivery, 0);
            } else {
                queue.deliver(delivery);
            }
        }
    }
}
