package io.millrace.infrastructure.http;

import io.millrace.application.eventing.WebhookPoster;
import io.millrace.shared.egress.EgressGuard;
import io.millrace.shared.egress.EgressRefused;
import io.millrace.shared.egress.Route;
import io.millrace.shared.http.RenewableHttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Posts webhook attempts with the JDK's HTTP client: 10 s to connect, 30 s to answer, no redirects; a client
 * that breaks is replaced ({@link RenewableHttpClient}), so a webhook worker never waits past 45 s. The
 * egress policy checks the webhook's address after DNS resolution, and the POST goes to the checked
 * address (see {@link Route}); a refused attempt fails with the policy's reason and is not sent.
 */
@ApplicationScoped
public class HttpWebhookPoster implements WebhookPoster {
    private static final Logger LOG = Logger.getLogger(HttpWebhookPoster.class.getName());
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    /** The longest a POST is waited for, even if the client's own timeouts stopped working. */
    private static final Duration HARD_LIMIT = Duration.ofSeconds(45);
    private static final RenewableHttpClient CLIENT = new RenewableHttpClient("webhooks", () -> HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build());

    @Inject
    EgressGuard egress;

    @Override
    public String post(String url, Map<String, String> headers, String body) {
        try {
            Route route = egress.route(URI.create(url));
            HttpRequest.Builder request = HttpRequest.newBuilder(route.connectUri()).timeout(ANSWER_TIMEOUT);
            headers.forEach(request::header);
            if (route.hostHeader() != null) {
                request.header("Host", route.hostHeader());
            }
            HttpResponse<Void> response = CLIENT.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding(), HARD_LIMIT);
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (EgressRefused e) {
            return e.getMessage();
        } catch (UnknownHostException e) {
            return "UnknownHostException: " + e.getMessage();
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.FINE, "webhook post failed", e);
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
