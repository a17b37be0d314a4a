package io.millrace.jms;

import io.millrace.application.intake.DeliveryHandler;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes events from {@code millrace.deliveries} and hands them to their listening workflow or source.
 * Runs in a container transaction that also consumes the message (XA), so a listener gets each event
 * once: the execution or source run is stored and queued exactly when the message is consumed.
 */
@Interceptors(OutOfMemoryWatch.class)
@MessageDriven
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DeliveryWorker implements MessageListener {
    @Inject
    DeliveryHandler handler;

    @Override
    public void onMessage(Message message) {
        try {
            handler.handle(message.getBody(String.class));
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable delivery", e);
        }
    }
}
