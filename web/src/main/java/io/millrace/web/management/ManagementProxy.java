package io.millrace.web.management;

import io.millrace.application.identity.Authenticated;
import io.millrace.application.identity.Authentication;
import io.millrace.shared.Jsonp;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves Liberty's {@code /health}, {@code /metrics} and {@code /openapi} on the public port by
 * forwarding GET requests to the management endpoint, which listens on 127.0.0.1 only
 * ({@code millrace.management.port}; server.xml binds Liberty's own applications there). {@code /metrics}
 * and {@code /openapi} need an admin user's API key ({@code Authorization: Bearer …}) unless
 * {@code millrace.metrics.authentication} or {@code millrace.openapi.authentication} is false: 401
 * without a valid key, 403 for a key that is not an admin's (or an OAuth token). {@code /health} needs
 * none.
 */
@WebServlet(urlPatterns = {"/health/*", "/metrics/*", "/openapi/*"})
public class ManagementProxy extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String BEARER = "bearer ";

    @Inject
    transient Authentication authentication;
    @Inject
    @ConfigProperty(name = "millrace.management.port", defaultValue = "9081")
    int port;
    @Inject
    @ConfigProperty(name = "millrace.metrics.authentication", defaultValue = "true")
    boolean metricsAuthentication;
    @Inject
    @ConfigProperty(name = "millrace.openapi.authentication", defaultValue = "true")
    boolean openapiAuthentication;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        boolean protectedPath = path.equals("/metrics") ? metricsAuthentication
                : path.equals("/openapi") && openapiAuthentication;
        if (protectedPath && !admitted(request, response)) {
            return;
        }
        String query = request.getQueryString();
        URI target = URI.create("http://127.0.0.1:" + port + request.getRequestURI() + (query == null ? "" : "?" + query));
        HttpRequest.Builder forward = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30)).GET();
        String accept = request.getHeader("Accept");
        if (accept != null) {
            forward.header("Accept", accept);
        }
        String host = request.getHeader("Host");
        if (host != null) {
            try {
                forward.header("Host", host); // the document's server URLs name the public address
            } catch (IllegalArgumentException restricted) {
                // without -Djdk.httpclient.allowRestrictedHeaders=host the management address is named
            }
        }
        HttpResponse<InputStream> answer;
        try {
            answer = CLIENT.send(forward.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            error(response, 503, "the management endpoint (127.0.0.1:" + port + ") is not reachable");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error(response, 503, "interrupted");
            return;
        }
        response.setStatus(answer.statusCode());
        answer.headers().firstValue("content-type").ifPresent(response::setContentType);
        answer.headers().firstValue("cache-control").ifPresent(v -> response.setHeader("Cache-Control", v));
        try (InputStream in = answer.body(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** True when the request carries an admin's API key; otherwise answers 401 or 403. */
    private boolean admitted(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String header = request.getHeader("Authorization");
        String credential = header != null && header.toLowerCase(Locale.ROOT).startsWith(BEARER)
                ? header.substring(BEARER.length()).trim() : null;
        Optional<Authenticated> caller = authentication.authenticate(credential);
        if (caller.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer");
            error(response, 401, "an admin API key is required (Authorization: Bearer <key>)");
            return false;
        }
        if (caller.get().viaOAuth() || !caller.get().user().admin()) {
            error(response, 403, "only admin users may read " + request.getServletPath());
            return false;
        }
        return true;
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(Jsonp.createObjectBuilder().add("error", Jsonp.createObjectBuilder()
                .add("status", status).add("message", message)).build().toString().getBytes(StandardCharsets.UTF_8));
    }
}
