package io.millrace.web.operations;

import io.millrace.shared.http.RenewableHttpClient;
import io.millrace.web.error.ErrorBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads an answer of Liberty's own endpoints from the loopback port of the virtual host
 * {@code default_host} ({@code millrace.internal.http.port}). Only the path and the query parameters
 * the resource chose are sent, never the caller's headers.
 */
@ApplicationScoped
public class FeatureEndpoints {
    private static final Logger LOG = Logger.getLogger(FeatureEndpoints.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    @ConfigProperty(name = "millrace.internal.http.port", defaultValue = "9081")
    int port;

    /** The longest an answer is waited for, even if the client's own timeouts stopped working. */
    private static final Duration HARD_LIMIT = Duration.ofSeconds(40);

    private final RenewableHttpClient http = new RenewableHttpClient("of Liberty's endpoints", () -> HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build());

    /** Liberty's answer to GET {@code path} with these query parameters (null values are left out). */
    public Answer get(String path, Map<String, String> query) {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((name, value) -> {
            if (value != null) {
                q.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        URI uri = URI.create("http://127.0.0.1:" + port + path + q);
        try {
            HttpResponse<byte[]> reply = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray(), HARD_LIMIT);
            return new Answer(reply.statusCode(), reply.headers().firstValue(HttpHeaders.CONTENT_TYPE).orElse(null),
                    reply.body());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Liberty's endpoint " + path + " on port " + port + " cannot be read", e);
            return new Answer(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), null, null);
        }
    }

    /** One answer of Liberty's endpoint: its status, content type (or null) and body (null when unread). */
    public record Answer(int status, String contentType, byte[] body) {
        /** Passes the answer on as it is. */
        public Response relayed() {
            return Response.status(status).type(contentType).entity(body).build();
        }

        /**
         * Passes a successful answer on; any other becomes the API's JSON error with the same status and
         * this message (Liberty's own error text is not passed on).
         */
        public Response relayedOr(String message) {
            if (status >= 200 && status < 300 && body != null) {
                return relayed();
            }
            int code = body == null ? Response.Status.SERVICE_UNAVAILABLE.getStatusCode() : status;
            String text = body == null ? "the server's own endpoint is not available now; try again" : message;
            return ErrorBody.response(Response.Status.fromStatusCode(code) == null
                    ? Response.Status.BAD_GATEWAY : Response.Status.fromStatusCode(code), text, null);
        }
    }
}
