package io.millrace.infrastructure.messaging;

import io.millrace.application.eventing.DeliveryQueue;
import io.millrace.domain.subscription.Delivery;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/** Sends deliveries to {@code millrace.deliveries} and webhook attempts to {@code millrace.webhooks}. */
@ApplicationScoped
public class JmsDeliveryQueue implements DeliveryQueue {
    @Resource(lookup = "jms/millrace")
    ConnectionFactory connectionFactory;
    @Resource(lookup = "jms/deliveries")
    Queue deliveries;
    @Resource(lookup = "jms/webhooks")
    Queue webhooks;

    @Override
    public void deliver(Delivery delivery) {
        send(deliveries, delivery, 0);
    }

    @Override
    public void post(Delivery delivery, long delayMillis) {
        send(webhooks, delivery, delayMillis);
    }

    private void send(Queue queue, Delivery delivery, long delayMillis) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                    .setDeliveryDelay(Math.max(0, delayMillis)).send(queue, delivery.format());
        }
    }
}
