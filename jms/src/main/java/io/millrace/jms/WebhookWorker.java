package io.millrace.jms;

import io.millrace.application.eventing.WebhookSender;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes webhook attempts from {@code millrace.webhooks} and POSTs them, outside any transaction (the
 * network is never called inside one). A failed attempt queues the next one as a delayed message. The
 * pool size is {@code millrace.webhook.workers}.
 */
@Interceptors(OutOfMemoryWatch.class)
@MessageDriven
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookWorker implements MessageListener {
    @Inject
    WebhookSender sender;

    @Override
    public void onMessage(Message message) {
        try {
            sender.attempt(message.getBody(String.class));
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable webhook delivery", e);
        }
    }
}
