package io.millrace.jms;

import io.millrace.application.execution.ExecutionRunner;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes execution ids from the {@code millrace.executions} queue and runs them. The pool size is the
 * activation spec's {@code maxSession} (server variable {@code millrace.workers}). Runs outside a
 * transaction: each step's result is committed on its own, and the message is acknowledged only
 * when the execution has finished, so a crash means redelivery and a resume, never a loss.
 */
@Interceptors(OutOfMemoryWatch.class)
@MessageDriven
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExecutionWorker implements MessageListener {
    @Inject
    ExecutionRunner runner;

    @Override
    public void onMessage(Message message) {
        try {
            runner.run(message.getBody(String.class));
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable execution message", e);
        }
    }
}
