package io.millrace.application.eventing;

import io.millrace.domain.subscription.Delivery;

/**
 * Hands deliveries to their workers: events for workflows and sources go to {@code millrace.deliveries},
 * webhook posts to {@code millrace.webhooks}. Inside a JTA transaction the send is part of it, so a
 * delivery is queued exactly when the event it carries is committed.
 */
public interface DeliveryQueue {
    void deliver(Delivery delivery);

    /** Queues an attempt to POST the delivery to its webhook, no earlier than {@code delayMillis} from now. */
    void post(Delivery delivery, long delayMillis);
}
