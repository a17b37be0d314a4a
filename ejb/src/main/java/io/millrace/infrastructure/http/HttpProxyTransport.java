package io.millrace.infrastructure.http;

import io.millrace.application.connect.ProxyFailedException;
import io.millrace.application.connect.ProxyTransport;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.egress.EgressGuard;
import io.millrace.shared.egress.EgressRefused;
import io.millrace.shared.egress.Route;
import io.millrace.shared.http.RenewableHttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

/**
 * The Connect proxy's requests with the JDK's HTTP client: the egress guard checks the address (and pins http to
 * it), redirects are answered to the caller, not followed, and an API that does not answer in 30 seconds is a 504.
 */
@ApplicationScoped
public class HttpProxyTransport implements ProxyTransport {
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    /** The largest answer passed back to the caller. */
    static final int MAX_ANSWER = 10 * 1024 * 1024;
    private static final Duration HARD_LIMIT = Duration.ofSeconds(40);
    private static final RenewableHttpClient CLIENT = new RenewableHttpClient("connect-proxy", () -> HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build());

    @Inject
    EgressGuard egress;

    @Override
    public Answer send(Request request) {
        Route route;
        try {
            route = egress.route(request.uri());
        } catch (EgressRefused e) {
            throw new ProxyFailedException(ProxyFailedException.Reason.REFUSED, e.getMessage());
        } catch (UnknownHostException e) {
            throw new ProxyFailedException(ProxyFailedException.Reason.UNREACHABLE, "unknown host "
                    + request.uri().getHost());
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(route.connectUri()).timeout(ANSWER_TIMEOUT);
        for (Map.Entry<String, String> h : request.headers().entrySet()) {
            try {
                b.header(h.getKey(), h.getValue());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(h.getKey(), "the header " + h.getKey() + " cannot be sent: " + e.getMessage());
            }
        }
        if (route.hostHeader() != null) {
            b.header("Host", route.hostHeader());
        }
        byte[] body = request.body() == null ? new byte[0] : request.body();
        b.method(request.method(), body.length == 0 && !hasBody(request.method()) ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<java.io.InputStream> response = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofInputStream(),
                    HARD_LIMIT);
            byte[] answer;
            try (java.io.InputStream in = response.body()) {
                answer = in.readNBytes(MAX_ANSWER + 1);
            }
            if (answer.length > MAX_ANSWER) {
                throw new ProxyFailedException(ProxyFailedException.Reason.UNREACHABLE,
                        "the API's answer is larger than " + MAX_ANSWER / (1024 * 1024) + " MB");
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), answer);
        } catch (HttpTimeoutException e) {
            throw new ProxyFailedException(ProxyFailedException.Reason.TIMEOUT, "the API did not answer within 30 seconds");
        } catch (IOException e) {
            throw new ProxyFailedException(ProxyFailedException.Reason.UNREACHABLE, "the API could not be reached: "
                    + why(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProxyFailedException(ProxyFailedException.Reason.UNREACHABLE, "interrupted");
        }
    }

    /** Why a connection failed, in words: never a Java class name or a stack frame in the caller's answer. */
    private static String why(IOException e) {
        if (e instanceof java.net.ConnectException) {
            return "the connection was refused";
        }
        if (e instanceof java.net.UnknownHostException) {
            return "its host name is not known";
        }
        if (e instanceof javax.net.ssl.SSLException) {
            return "the TLS handshake failed";
        }
        return "the connection failed";
    }

    private static boolean hasBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }
}
