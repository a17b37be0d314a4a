package io.millrace.jms;

import io.millrace.application.source.SourceRunner;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes source work from {@code millrace.sources}: runs, timer ticks, event deletions. Runs outside a
 * transaction (a run's result is committed on its own); the message is acknowledged when the work is
 * done, so a crash means redelivery. The pool size is {@code millrace.source.workers}.
 */
@Interceptors(OutOfMemoryWatch.class)
@MessageDriven
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SourceWorker implements MessageListener {
    @Inject
    SourceRunner runner;

    @Override
    public void onMessage(Message message) {
        try {
            runner.handle(message.getBody(String.class));
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable source message", e);
        }
    }
}
