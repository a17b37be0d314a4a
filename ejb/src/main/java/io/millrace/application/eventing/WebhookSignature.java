package io.millrace.application.eventing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a signed webhook delivery: the HMAC-SHA256, under the webhook's signing key, of
 * {@code <timestamp>.<body>} (the timestamp in epoch seconds, the body exactly as sent), in lower-case hex. It goes
 * in {@value #SIGNATURE} as {@code v1=<hex>}, the timestamp in {@value #TIMESTAMP}, so a receiver can refuse old
 * or replayed deliveries.
 */
public final class WebhookSignature {
    public static final String SIGNATURE = "X-Millrace-Signature";
    public static final String TIMESTAMP = "X-Millrace-Timestamp";

    private WebhookSignature() {
    }

    /** The {@value #SIGNATURE} header's value: {@code v1=} and the hex HMAC. */
    public static String header(String key, long epochSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((epochSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
