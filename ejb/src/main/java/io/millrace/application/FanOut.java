package io.millrace.application;

import io.millrace.events.EmittedEvent;
import io.millrace.events.EmittedEventRepository;
import io.millrace.events.Emitted;
import io.millrace.subscription.Delivery;
import io.millrace.subscription.EmitterIds;
import io.millrace.subscription.Subscription;
import io.millrace.subscription.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Queues one delivery per listener of each stored event, synchronously in the transaction that stores
 * the event (it observes {@link Emitted}), so an event is committed exactly with its deliveries. A
 * listener subscribed several ways (a trigger and an API subscription, an id and a glob) gets the
 * event once; an emitter never receives its own events.
 */
@ApplicationScoped
public class FanOut {
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
                event.eventJson());
    }

    /** Queues the deliveries of an event stored elsewhere than the emitted-events stream (workflow errors). */
    public void fanOut(String workspaceId, String emitterId, String eventId, String channel, String eventJson) {
        Set<String> listeners = listeners(workspaceId, emitterId, channel);
        send(listeners, workspaceId, emitterId, eventId, channel, eventJson);
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
                      String eventJson) {
        for (String listener : listeners) {
            Delivery delivery = new Delivery(workspaceId, listener, emitterId, eventId, channel == null ? "" : channel,
                    eventJson == null ? "null" : eventJson, 1);
            if (listener.startsWith(EmitterIds.WEBHOOK)) {
                queue.post(delivery, 0);
            } else {
                queue.deliver(delivery);
            }
        }
    }
}
