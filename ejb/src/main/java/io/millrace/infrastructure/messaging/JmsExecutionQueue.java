package io.millrace.infrastructure.messaging;

import io.millrace.application.ExecutionQueue;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * Sends execution ids to the durable {@code millrace.executions} queue through the Artemis
 * resource adapter. Inside a JTA transaction the send is part of it (XA with the database).
 */
@ApplicationScoped
public class JmsExecutionQueue implements ExecutionQueue {
    @Resource(lookup = "jms/millrace")
    ConnectionFactory connectionFactory;
    @Resource(lookup = "jms/executions")
    Queue executions;

    @Override
    public void enqueue(String executionId) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(executions, executionId);
        }
    }
}
