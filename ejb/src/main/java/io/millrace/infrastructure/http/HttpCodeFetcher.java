package io.millrace.infrastructure.http;

import io.millrace.application.component.ComponentDescriber;
import io.millrace.domain.component.CodeFetcher;
import io.millrace.shared.Quoted;
import io.millrace.shared.egress.EgressGuard;
import io.millrace.shared.egress.EgressRefused;
import io.millrace.shared.egress.Route;
import io.millrace.shared.http.RenewableHttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches component code over http(s) with a 5 s connect and 15 s overall timeout and a size cap of
 * {@link ComponentDescriber#MAX_CODE_BYTES}. A GitHub file page ({@code github.com/<owner>/<repo>/blob/<ref>/<path>})
 * is fetched from {@code raw.githubusercontent.com}, where the file's text is. The URL is user input, so
 * the egress policy applies: every hop (up to 5 redirects) is checked after DNS resolution and sent to
 * the checked address.
 */
@ApplicationScoped
public class HttpCodeFetcher implements CodeFetcher {
    private static final Pattern GITHUB_BLOB = Pattern.compile("https://github\\.com/([^/]+)/([^/]+)/blob/(.+)");
    private static final RenewableHttpClient HTTP = new RenewableHttpClient("component_url", () -> HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build());
    /** The longest one hop is waited for, even if the client's own timeouts stopped working. */
    private static final Duration HARD_LIMIT = Duration.ofSeconds(25);

    @Inject
    EgressGuard egress;

    @Override
    public String fetch(String url) {
        URI uri;
        try {
            uri = URI.create(raw(url.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("component_url is not a valid URL: " + Quoted.of(url));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("component_url must be an http(s) URL or a registry path, not "
                    + Quoted.of(url));
        }
        try {
            HttpResponse<InputStream> response = get(uri);
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new IllegalArgumentException("component_url answered HTTP " + response.statusCode());
                }
                return new String(readAtMost(body, ComponentDescriber.MAX_CODE_BYTES), StandardCharsets.UTF_8);
            }
        } catch (EgressRefused e) {
            throw new IllegalArgumentException("component_url cannot be fetched: " + e.getMessage());
        } catch (HttpTimeoutException e) {
            throw new IllegalArgumentException("component_url did not answer within 15 seconds");
        } catch (IOException e) {
            throw new IllegalArgumentException("component_url could not be fetched: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("component_url could not be fetched: interrupted");
        }
    }

    /** GETs {@code uri}, following up to 5 redirects (never from https to http), each hop checked by the egress policy. */
    private HttpResponse<InputStream> get(URI start) throws IOException, InterruptedException {
        URI uri = start;
        for (int hop = 0; ; hop++) {
            Route route = egress.route(uri);
            HttpRequest.Builder request = HttpRequest.newBuilder(route.connectUri()).timeout(Duration.ofSeconds(15)).GET();
            if (route.hostHeader() != null) {
                request.header("Host", route.hostHeader());
            }
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream(), HARD_LIMIT);
            String location = response.headers().firstValue("location").orElse(null);
            int status = response.statusCode();
            if (!(status == 301 || status == 302 || status == 303 || status == 307 || status == 308) || location == null
                    || hop >= 5) {
                return response;
            }
            URI next = uri.resolve(location);
            if (!"http".equalsIgnoreCase(next.getScheme()) && !"https".equalsIgnoreCase(next.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()) && "http".equalsIgnoreCase(next.getScheme())) {
                return response;
            }
            response.body().close();
            uri = next;
        }
    }

    static String raw(String url) {
        Matcher m = GITHUB_BLOB.matcher(url);
        return m.matches() ? "https://raw.githubusercontent.com/" + m.group(1) + "/" + m.group(2) + "/" + m.group(3) : url;
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > limit) {
                throw new IllegalArgumentException("the code at component_url is larger than " + limit + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
