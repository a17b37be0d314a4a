package io.millrace.application.eventing;

import io.millrace.domain.subscription.Delivery;
import java.util.ArrayList;
import java.util.List;

/** Keeps what was queued: deliveries to workflows and sources, and webhook posts with their delay. */
class RecordingDeliveryQueue implements DeliveryQueue {
    record Post(Delivery delivery, long delayMillis) {
    }

    final List<Delivery> delivered = new ArrayList<>();
    final List<Post> posts = new ArrayList<>();

    @Override
    public void deliver(Delivery delivery) {
        delivered.add(delivery);
    }

    @Override
    public void post(Delivery delivery, long delayMillis) {
        posts.add(new Post(delivery, delayMillis));
    }

    /** The listeners of the deliveries, in order. */
    List<String> deliveredTo() {
        return delivered.stream().map(Delivery::listenerId).toList();
    }

    /** The webhooks of the posts, in order. */
    List<String> postedTo() {
        return posts.stream().map(p -> p.delivery().listenerId()).toList();
    }
}
