package io.millrace.jms;

import io.millrace.application.execution.Dispatcher;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes delayed gate wake-ups (workflow ids) from {@code millrace.dispatch}: a throttle window has
 * reopened, so waiting executions may start. The receipt and the dispatch share one transaction.
 */
@Interceptors(OutOfMemoryWatch.class)
@MessageDriven
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DispatchWorker implements MessageListener {
    @Inject
    Dispatcher dispatcher;

    @Override
    public void onMessage(Message message) {
        try {
            dispatcher.wakeUp(message.getBody(String.class));
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable wake-up message", e);
        }
    }
}
