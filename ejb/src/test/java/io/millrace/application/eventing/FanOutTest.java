package io.millrace.application.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.events.Emitted;
import io.millrace.domain.events.EmittedEvent;
import io.millrace.domain.subscription.Delivery;
import io.millrace.domain.subscription.Hops;
import io.millrace.domain.subscription.Subscription;
import io.millrace.shared.EventId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FanOutTest {
    private static final String WS = "o_ws";
    private static final EventId ID = new EventId(1_700_000_000_000L, 0);

    private final InMemorySubscriptions subscriptions = new InMemorySubscriptions();
    private final InMemoryEmittedEvents events = new InMemoryEmittedEvents();
    private final RecordingDeliveryQueue queue = new RecordingDeliveryQueue();
    private final FanOut fanOut = new FanOut();
    private int subscriptionIds;

    @BeforeEach
    void wire() {
        fanOut.subscriptions = subscriptions;
        fanOut.events = events;
        fanOut.queue = queue;
    }

    private void subscribe(String workspaceId, String emitterId, String listenerId, String channel) {
        subscriptions.add(new Subscription("sub_" + subscriptionIds++, workspaceId, emitterId, listenerId, channel,
                Subscription.API, 0));
    }

    private void subscribe(String emitterId, String listenerId, String channel) {
        subscribe(WS, emitterId, listenerId, channel);
    }

    /** Stores an event of the emitter and fires it as {@link EventLog} does. */
    private void emit(String emitterId, String channel, int hops) {
        events.add(new EmittedEvent(ID, WS, emitterId, channel, null, null, null, 0, "{\"n\":1}"));
        fanOut.onEmitted(new Emitted(WS, emitterId, ID.toString(), channel == null ? "" : channel, hops));
    }

    @Test
    void aSourceEventGoesToItsSubscribersByIdAndByGlob() {
        subscribe("dc_a", "p_byId", "");
        subscribe("dc_*", "p_byGlob", "");
        subscribe("dc_a", "dc_other", "");
        subscribe("dc_b", "p_otherSource", "");
        subscribe("p_*", "p_workflowsOnly", "");
        subscribe("o_else", "dc_a", "p_otherWorkspace", "");

        emit("dc_a", "", 0);

        assertEquals(List.of("p_byId", "p_byGlob", "dc_other"), queue.deliveredTo());
        assertTrue(queue.posts.isEmpty());
    }

    @Test
    void aWorkflowEventGoesToTheWorkflowGlobNotTheSourceGlob() {
        subscribe("p_*", "dc_listener", "");
        subscribe("dc_*", "p_sourcesOnly", "");

        emit("p_emitter", "", 0);

        assertEquals(List.of("dc_listener"), queue.deliveredTo());
    }

    @Test
    void webhooksArePostedAtOnceOthersDelivered() {
        subscribe("dc_a", "wh_hook", "");
        subscribe("dc_a", "p_flow", "");

        emit("dc_a", "", 0);

        assertEquals(List.of("p_flow"), queue.deliveredTo());
        assertEquals(List.of("wh_hook"), queue.postedTo());
        assertEquals(0, queue.posts.get(0).delayMillis());
    }

    @Test
    void aDeliveryCarriesTheStoredEventWithOneMoreHop() {
        subscribe("dc_a", "p_flow", "orders");

        emit("dc_a", "orders", 3);

        Delivery d = queue.delivered.get(0);
        assertEquals(new Delivery(WS, "p_flow", "dc_a", ID.toString(), "orders", "{\"n\":1}", 1, 4), d);
    }

    @Test
    void onlyTheEventsChannelIsDelivered() {
        subscribe("dc_a", "p_default", "");
        subscribe("dc_a", "p_orders", "orders");
        subscribe("dc_*", "p_allOrders", "orders");

        emit("dc_a", "orders", 0);
        assertEquals(List.of("p_orders", "p_allOrders"), queue.deliveredTo());

        queue.delivered.clear();
        emit("dc_a", null, 0);
        assertEquals(List.of("p_default"), queue.deliveredTo());
    }

    @Test
    void aListenerSubscribedSeveralWaysGetsTheEventOnce() {
        subscribe("dc_a", "p_flow", "");
        subscribe("dc_*", "p_flow", "");
        subscribe("dc_a", "p_flow", "");

        emit("dc_a", "", 0);

        assertEquals(List.of("p_flow"), queue.deliveredTo());
    }

    @Test
    void anEmitterNeverReceivesItsOwnEvents() {
        subscribe("p_*", "p_self", "");
        subscribe("p_self", "p_self", "");

        emit("p_self", "", 0);

        assertTrue(queue.delivered.isEmpty());
    }

    @Test
    void deliveriesStopAtTheHopLimit() {
        subscribe("dc_a", "p_flow", "");
        subscribe("dc_a", "wh_hook", "");

        emit("dc_a", "", Hops.MAX - 1);
        assertEquals(Hops.MAX, queue.delivered.get(0).hops());
        assertEquals(Hops.MAX, queue.posts.get(0).delivery().hops());

        queue.delivered.clear();
        queue.posts.clear();
        emit("dc_a", "", Hops.MAX);
        assertTrue(queue.delivered.isEmpty());
        assertTrue(queue.posts.isEmpty());
    }

    @Test
    void withoutListenersTheEventIsNotRead() {
        subscribe("dc_b", "p_flow", "");

        emit("dc_a", "", 0);

        assertEquals(0, events.reads);
        assertTrue(queue.delivered.isEmpty());
    }

    @Test
    void anEventStoredElsewhereIsDeliveredAsGiven() {
        subscribe("p_failing", "p_errors", "$errors");

        fanOut.fanOut(WS, "p_failing", "1-0", "$errors", null, 2);

        assertEquals(0, events.reads);
        assertEquals(new Delivery(WS, "p_errors", "p_failing", "1-0", "$errors", "null", 1, 3), queue.delivered.get(0));
    }
}
