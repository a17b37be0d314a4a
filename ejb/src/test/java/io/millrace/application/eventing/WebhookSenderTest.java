package io.millrace.application.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.subscription.Delivery;
import io.millrace.domain.subscription.Webhook;
import io.millrace.domain.subscription.WebhookRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {
    private static final Delivery DELIVERY = new Delivery("o_ws", "wh_hook", "dc_a", "5-1", "orders", "{\"n\":1}", 2, 1);

    private final List<String> posted = new ArrayList<>();
    private final Map<String, String> lastHeaders = new LinkedHashMap<>();
    private final RecordingDeliveryQueue queue = new RecordingDeliveryQueue();
    private final WebhookSender sender = new WebhookSender();
    private Webhook webhook = new Webhook("wh_hook", "o_ws", "u_1", "hook", null, "http://example.test/in", 0);
    private String answer;

    @BeforeEach
    void wire() {
        sender.webhooks = new OneWebhook();
        sender.queue = queue;
        sender.poster = (url, headers, body) -> {
            posted.add(url + " " + body);
            lastHeaders.putAll(headers);
            return answer;
        };
        sender.baseSeconds = 10;
        sender.maxAttempts = 3;
    }

    @Test
    void anAttemptPostsTheEventWithItsHeaders() {
        sender.attempt(DELIVERY.format());

        assertEquals(List.of("http://example.test/in {\"n\":1}"), posted);
        assertEquals(Map.of("Content-Type", "application/json", "User-Agent", "Millrace-Webhook",
                "X-Millrace-Emitter-Id", "dc_a", "X-Millrace-Event-Id", "5-1", "X-Millrace-Channel", "orders",
                "X-Millrace-Delivery-Attempt", "2"), lastHeaders);
        assertTrue(queue.posts.isEmpty());
    }

    @Test
    void aWebhookWithASigningKeyGetsTheBodySignedWithIt() throws Exception {
        webhook.signingKey("whsec_test", 0);

        sender.attempt(DELIVERY.format());

        String timestamp = lastHeaders.get("X-Millrace-Timestamp");
        long seconds = Long.parseLong(timestamp);
        assertTrue(Math.abs(System.currentTimeMillis() / 1000 - seconds) < 60, timestamp);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("whsec_test".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(
                mac.doFinal((timestamp + ".{\"n\":1}").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("v1=" + expected, lastHeaders.get("X-Millrace-Signature"));
    }

    @Test
    void aWebhookWithoutAKeyIsNotSigned() {
        sender.attempt(DELIVERY.format());

        assertTrue(!lastHeaders.containsKey("X-Millrace-Signature") && !lastHeaders.containsKey("X-Millrace-Timestamp"),
                lastHeaders.toString());
    }

    @Test
    void aFailedAttemptQueuesTheNextAfterTheBackoff() {
        answer = "HTTP 500";

        sender.attempt(DELIVERY.format());

        assertEquals(List.of(new RecordingDeliveryQueue.Post(DELIVERY.nextAttempt(), 20_000)), queue.posts);
    }

    @Test
    void theLastAttemptIsNotRetried() {
        answer = "ConnectException";

        sender.attempt(DELIVERY.nextAttempt().format());

        assertEquals(1, posted.size());
        assertTrue(queue.posts.isEmpty());
    }

    @Test
    void aDeletedWebhookGetsNothing() {
        webhook = null;

        sender.attempt(DELIVERY.format());

        assertTrue(posted.isEmpty());
        assertTrue(queue.posts.isEmpty());
    }

    /** The test's one webhook, when there is one. */
    private final class OneWebhook implements WebhookRepository {
        @Override
        public Optional<Webhook> find(String workspaceId, String id) {
            return Optional.ofNullable(webhook).filter(w -> w.workspaceId().equals(workspaceId) && w.id().equals(id));
        }

        @Override
        public void add(Webhook w) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(Webhook w) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Webhook> ofWorkspace(String workspaceId) {
            throw new UnsupportedOperationException();
        }
    }
}
