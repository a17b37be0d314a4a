package io.millrace.infrastructure.messaging;

import io.millrace.application.source.SourceQueue;
import io.millrace.domain.source.SourceMessage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/** Sends source messages (runs, delayed timer ticks, event deletions) to {@code millrace.sources}. */
@ApplicationScoped
public class JmsSourceQueue implements SourceQueue {
    @Resource(lookup = "jms/millrace")
    ConnectionFactory connectionFactory;
    @Resource(lookup = "jms/sources")
    Queue sources;

    @Override
    public void send(SourceMessage message, long delayMillis) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).setDeliveryDelay(Math.max(0, delayMillis))
                    .send(sources, message.format());
        }
    }
}
