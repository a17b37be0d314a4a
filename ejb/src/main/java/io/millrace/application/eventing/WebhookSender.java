package io.millrace.application.eventing;

import io.millrace.domain.subscription.Delivery;
import io.millrace.domain.subscription.Webhook;
import io.millrace.domain.subscription.WebhookRepository;
import io.millrace.orchestrator.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * POSTs a delivered event to its webhook (called by the webhook workers, outside transactions). The body
 * is the event's JSON; headers name the emitter, event, channel and attempt. A connection error, a
 * timeout or an answer other than 2xx (redirects are not followed) fails the attempt: the next one is
 * queued as a delayed message after {@code base × 2^(n−1)} seconds, up to {@code millrace.webhook.attempts}
 * attempts in all. Every attempt is logged. Deliveries to deleted webhooks are dropped.
 */
@ApplicationScoped
public class WebhookSender {
    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    WebhookRepository webhooks;
    @Inject
    DeliveryQueue queue;
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
        String failure = post(webhook, delivery);
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

    /** @return null when the webhook answered 2xx, otherwise why the attempt failed */
    private static String post(Webhook webhook, Delivery delivery) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Millrace-Webhook")
                    .header("X-Millrace-Emitter-Id", delivery.emitterId())
                    .header("X-Millrace-Event-Id", delivery.eventId())
                    .header("X-Millrace-Channel", delivery.channel())
                    .header("X-Millrace-Delivery-Attempt", Integer.toString(delivery.attempt()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.eventJson())).build();
            HttpResponse<Void> response = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.FINE, "webhook " + webhook.id() + " post failed", e);
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
