package io.millrace.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser for sign-in flows: a real HTTP client that keeps cookies and follows redirects itself, so a
 * test sees every hop ({@link #hops}); {@link #submitLoginForm} fills and posts the login form of a page
 * (Keycloak's), taking its action from the HTML.
 */
public final class Browser {
    private static final Pattern FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"",
            Pattern.CASE_INSENSITIVE);

    private final CookieManager cookies = new LoopbackCookies();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final List<HttpResponse<String>> hops = new ArrayList<>();

    /**
     * Browsers treat http://127.0.0.1 as a secure context and keep sending cookies marked {@code Secure}
     * there (Keycloak marks its login cookies so); the JDK's cookie manager would drop them over plain
     * HTTP, so this one stores them without the flag.
     */
    private static final class LoopbackCookies extends CookieManager {
        LoopbackCookies() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> kept = new java.util.HashMap<>();
            headers.forEach((name, values) -> kept.put(name, name != null && name.equalsIgnoreCase("set-cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList() : values));
            super.put(uri, kept);
        }
    }

    /** GET, following redirects (at most 10): the last answer. */
    public HttpResponse<String> get(String url) {
        return follow(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** GET without following: the answer itself. */
    public HttpResponse<String> getOnce(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** Posts username and password to the login form of {@code page}, following redirects. */
    public HttpResponse<String> submitLoginForm(HttpResponse<String> page, String username, String password) {
        return follow(formPost(page, username, password));
    }

    private HttpRequest.Builder formPost(HttpResponse<String> page, String username, String password) {
        Matcher form = FORM.matcher(page.body());
        if (!form.find()) {
            throw new AssertionError("no login form on " + page.uri() + ": " + page.statusCode());
        }
        String action = form.group(1).replace("&amp;", "&");
        String body = Map.of("username", username, "password", password, "credentialId", "").entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(page.uri().resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Posts the login form of {@code page} without following the redirect it answers with. */
    public HttpResponse<String> submitLoginFormWithoutFollowing(HttpResponse<String> page, String username, String password) {
        return send(formPost(page, username, password));
    }

    /** Every answer so far, in order. */
    public List<HttpResponse<String>> hops() {
        return hops;
    }

    /** The last answer whose URL starts with {@code prefix}. */
    public HttpResponse<String> lastAt(String prefix) {
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (hops.get(i).uri().toString().startsWith(prefix)) {
                return hops.get(i);
            }
        }
        throw new AssertionError("no answer from " + prefix + " among " + hops.stream().map(h -> h.uri().toString()).toList());
    }

    private HttpResponse<String> follow(HttpRequest.Builder first) {
        HttpResponse<String> answer = send(first);
        for (int i = 0; i < 10 && answer.statusCode() / 100 == 3; i++) {
            String location = answer.headers().firstValue("location").orElseThrow();
            answer = send(HttpRequest.newBuilder(answer.uri().resolve(location)).GET());
        }
        return answer;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            hops.add(answer);
            return answer;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
