package io.millrace.application.eventing;

import io.millrace.domain.subscription.Delivery;
import io.millrace.domain.subscription.Webhook;
import io.millrace.domain.subscription.WebhookRepository;
import io.millrace.domain.workspace.Workspace;
import io.millrace.domain.workspace.WorkspaceRepository;
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
 * attempt; a webhook with a signing key gets the {@link WebhookSignature} headers too. A connection error, a timeout or an answer other than 2xx (redirects are not followed) fails
 * the attempt: the next one is queued as a delayed message after {@code base × 2^(n−1)} seconds, up to
 * {@code millrace.webhook.attempts} attempts in all. Every attempt is logged. Deliveries to deleted webhooks are dropped.
 * Error notifications ({@link Delivery#NOTIFICATIONS}) go the same way to the workspace's notification webhook.
 */
@ApplicationScoped
public class WebhookSender {
    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());

    @Inject
    WebhookRepository webhooks;
    @Inject
    WorkspaceRepository workspaces;
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
        Webhook target = Delivery.NOTIFICATIONS.equals(delivery.listenerId()) ? null
                : webhooks.find(delivery.workspaceId(), delivery.listenerId()).filter(Webhook::active).orElse(null);
        String url = target != null ? target.url() : url(delivery);
        if (url == null) {
            LOG.fine(() -> "webhook " + delivery.listenerId() + " is gone; event " + delivery.eventId() + " dropped");
            return;
        }
        Map<String, String> headers = headers(delivery);
        if (target != null && target.signingKey() != null) {
            long now = System.currentTimeMillis() / 1000;
            headers.put(WebhookSignature.TIMESTAMP, Long.toString(now));
            headers.put(WebhookSignature.SIGNATURE, WebhookSignature.header(target.signingKey(), now, delivery.eventJson()));
        }
        String failure = poster.post(url, headers, delivery.eventJson());
        String what = "webhook " + delivery.listenerId() + ": event " + delivery.emitterId() + "/" + delivery.eventId()
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

    /**
     * Where the delivery goes: its active webhook's URL, or for {@link Delivery#NOTIFICATIONS} the workspace's
     * notification webhook; null when there is none (any more).
     */
    private String url(Delivery delivery) {
        if (Delivery.NOTIFICATIONS.equals(delivery.listenerId())) {
            return workspaces.workspace(delivery.workspaceId()).map(Workspace::notificationWebhookUrl).orElse(null);
        }
        return webhooks.find(delivery.workspaceId(), delivery.listenerId()).filter(Webhook::active)
                .map(Webhook::url).orElse(null);
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
