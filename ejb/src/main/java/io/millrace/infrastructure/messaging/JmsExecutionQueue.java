package io.millrace.infrastructure.messaging;

import io.millrace.application.execution.ExecutionMessage;
import io.millrace.application.execution.ExecutionQueue;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * Sends execution ids to the durable {@code millrace.executions} queue, and delayed gate wake-ups to
 * {@code millrace.dispatch}, through the Artemis resource adapter. Inside a JTA transaction the send is part of it (XA with the database).
 */
@ApplicationScoped
public class JmsExecutionQueue implements ExecutionQueue {
    @Resource(lookup = "jms/millrace")
    ConnectionFactory connectionFactory;
    @Resource(lookup = "jms/executions")
    Queue executions;
    @Resource(lookup = "jms/dispatch")
    Queue dispatch;

    @Override
    public void enqueue(String executionId, int runToken) {
        enqueue(executionId, runToken, 0);
    }

    @Override
    public void enqueue(String executionId, int runToken, long delayMillis) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).setDeliveryDelay(delayMillis)
                    .send(executions, ExecutionMessage.format(executionId, runToken));
        }
    }

    @Override
    public void enqueuePart(String executionId, int runToken, String scope, long delayMillis) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).setDeliveryDelay(delayMillis)
                    .send(executions, ExecutionMessage.format(executionId, runToken, scope));
        }
    }

    @Override
    public void wakeUp(String workflowId, long epochMillis) {
        long delay = Math.max(0, epochMillis - System.currentTimeMillis());
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).setDeliveryDelay(delay)
                    .send(dispatch, workflowId);
        }
    }
}
