package io.millrace.it.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends the matrix's requests. The bad-key column comes from loopback addresses of its own (127.0.0.11 and
 * up): its failures count against those addresses in the server's credential throttle, not against 127.0.0.1,
 * which every other test uses; each address sends {@value #BAD_KEYS_PER_ADDRESS} bad keys, below the IT server's
 * {@code MILLRACE_AUTH_FAILURES_ALLOWED} (200), so the matrix keeps meeting the 401 it checks, not the throttle's
 * 429 (BruteForceIT tests the throttle). A {@code text/event-stream} answer is not read.
 */
final class AuthzSender implements AutoCloseable {
    private static final int BAD_KEYS_PER_ADDRESS = 150;
    private static final int MAX_BODY = 4096;

    record Answer(int status, String contentType, String body) {
    }

    private final String base;
    private final CloseableHttpClient local;
    private final java.util.List<CloseableHttpClient> badKeys = new java.util.ArrayList<>();
    private int badKeysSent;

    AuthzSender(String base) {
        this.base = base;
        this.local = client(null);
    }

    /** The client of the bad-key column: a new loopback address every {@value #BAD_KEYS_PER_ADDRESS} requests. */
    private CloseableHttpClient badKey() {
        int index = badKeysSent++ / BAD_KEYS_PER_ADDRESS;
        if (index == badKeys.size()) {
            try {
                badKeys.add(client(InetAddress.getByName("127.0.0." + (11 + index))));
            } catch (java.net.UnknownHostException e) {
                throw new AssertionError(e);
            }
        }
        return badKeys.get(index);
    }

    private static CloseableHttpClient client(InetAddress from) {
        RequestConfig config = RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(60))
                .setConnectionRequestTimeout(Timeout.ofSeconds(10)).setRedirectsEnabled(false).build();
        var builder = HttpClients.custom().disableAutomaticRetries().setDefaultRequestConfig(config);
        if (from != null) {
            builder.setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE) {
                @Override
                protected InetAddress determineLocalAddress(HttpHost firstHop, HttpContext context) {
                    return from;
                }
            });
        }
        return builder.build();
    }

    /** One request; {@code bearer} null sends no Authorization header. */
    @SuppressWarnings("deprecation") // execute(request) gives the response without reading it
    Answer send(String method, String target, String bearer, String contentType, byte[] body, boolean fromBadKeyAddress) {
        HttpUriRequestBase request = new HttpUriRequestBase(method, java.net.URI.create(base + target));
        if (bearer != null) {
            request.setHeader("Authorization", "Bearer " + bearer);
        }
        if (body != null) {
            request.setEntity(new ByteArrayEntity(body, contentType == null ? null : ContentType.parse(contentType)));
        }
        CloseableHttpClient http = fromBadKeyAddress ? badKey() : local;
        CloseableHttpResponse response;
        try {
            response = http.execute(request);
        } catch (IOException e) {
            return new Answer(0, null, e.toString());
        }
        Header type = response.getFirstHeader("Content-Type");
        String answerType = type == null ? null : type.getValue();
        String text = "";
        try {
            if (answerType != null && answerType.startsWith("text/event-stream")) {
                request.cancel(); // a stream that does not end: drop the connection
            } else if (response.getEntity() != null) {
                try (InputStream in = response.getEntity().getContent()) {
                    text = new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
                }
            }
            response.close();
        } catch (IOException e) {
            text = text.isEmpty() ? "(" + e + ")" : text; // the status is known; closing a dropped stream may fail
        }
        return new Answer(response.getCode(), answerType, text);
    }

    @Override
    public void close() throws IOException {
        local.close(org.apache.hc.core5.io.CloseMode.IMMEDIATE);
        for (CloseableHttpClient badKey : badKeys) {
            badKey.close(org.apache.hc.core5.io.CloseMode.IMMEDIATE);
        }
    }
}
