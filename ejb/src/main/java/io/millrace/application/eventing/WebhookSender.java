package io.millrace.application.eventing;

import io.millrace.domain.subscription.Delivery;
import io.millrace.domain.subscription.Webhook;
import io.millrace.domain.subscription.WebhookRepository;
import io.millrace.orchestrator.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * POSTs a delivered event to its webhook through the {@link WebhookPoster} (called by the webhook workers,
 * outside transactions). The body is the event's JSON; headers name the emitter, event, channel and
 * attempt. A connection error, a timeout or an answer other than 2xx (redirects are not followed) fails
 * the attempt: the next one is queued as a delayed message after {@code base × 2^(n−1)} seconds, up to
 * {@code millrace.webhook.attempts} attempts in all. Every attempt is logged. Deliveries to deleted webhooks are dropped.
 */
@ApplicationScoped
public class WebhookSender {
    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());

    @Inject
    WebhookRepository webhooks;
    @Inject
    DeliveryQueue queue;
    @Inject
    WebhookPoster poster;
    @Inject
    @ConfigProperty(name = "millrace.webhook.retry.base.seconds", defaultValue = "10")
    double baseSeconds;
    @Inject
    @ConfigProperty(name = "millrace.webhook.attempts", defaultValue = "8")
    int maxAttempts;

    public void attempt(String body) {
        Delivery delivery = Delivery.parse(body);
        Webhook webhook = webhooks.find(delivery.workspaceId(), delivery.listenerId()).orElse(null);
        if (webhook == null || !webhook.active()) {
            LOG.fine(() -> "webhook " + delivery.listenerId() + " is gone; event " + delivery.eventId() + " dropped");
            return;
        }
        String failure = poster.post(webhook.url(), headers(delivery), delivery.eventJson());
        String what = "webhook " + webhook.id() + ": event " + delivery.emitterId() + "/" + delivery.eventId()
                + ", attempt " + delivery.attempt() + "/" + maxAttempts;
        if (failure == null) {
            LOG.info(what + " delivered");
            return;
        }
        if (delivery.attempt() >= maxAttempts) {
            LOG.warning(what + " failed (" + failure + "); giving up");
            return;
        }
        long delay = delayMillis(delivery.attempt());
        LOG.info(what + " failed (" + failure + "); next attempt in " + delay + " ms");
        queue.post(delivery.nextAttempt(), delay);
    }

    /** The wait before the attempt after attempt {@code n} (1-based). */
    long delayMillis(int n) {
        return new Backoff(baseSeconds).delayMillis(n);
    }

    /** The headers of an attempt: the body is JSON; they name the emitter, event, channel and attempt. */
    static Map<String, String> headers(Delivery delivery) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "Millrace-Webhook");
        headers.put("X-Millrace-Emitter-Id", delivery.emitterId());
        headers.put("X-Millrace-Event-Id", delivery.eventId());
        headers.put("X-Millrace-Channel", delivery.channel());
        headers.put("X-Millrace-Delivery-Attempt", Integer.toString(delivery.attempt()));
        return headers;
    }
}
