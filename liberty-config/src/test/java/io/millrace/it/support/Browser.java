package io.millrace.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
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
 * A browser for the server under test. Signed in, it sends its session cookie (and, when told, the CSRF
 * token of its sign-in) with each request, as a browser's page script would ({@link #login},
 * {@link #request}, {@link #withCsrf}, {@link #get}…). For sign-in flows through other servers (an OIDC
 * provider) it is also a real HTTP client that keeps cookies and follows redirects itself, so a test sees
 * every hop ({@link #visit}, {@link #hops}); {@link #submitLoginForm} fills and posts the login form of a
 * page (Keycloak's), taking its action from the HTML; {@link #resumeSession} then takes over the session
 * cookie such a flow left in the cookie jar.
 */
public final class Browser {
    private static final Pattern FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"",
            Pattern.CASE_INSENSITIVE);

    private final Api api;
    private String cookie;
    private String csrf;
    private String sessionId;

    private final CookieManager cookies = new LoopbackCookies();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final List<HttpResponse<String>> hops = new ArrayList<>();

    public Browser(Api api) {
        this.api = api;
    }

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

    // ---- signed in to the server under test ----

    /** {@code POST /login} with JSON (a local password); on 200 the browser keeps the cookie and CSRF token. */
    public Api.Reply login(String username, String password) {
        return login(username, password, null);
    }

    public Api.Reply login(String username, String password, String code) {
        return login(username, password, code, null);
    }

    /** {@code POST /login} with {@code method} ({@code password}, {@code ldap}; null: none sent). */
    public Api.Reply login(String username, String password, String code, String method) {
        var body = Json.createObjectBuilder().add("username", username).add("password", password);
        if (code != null) {
            body.add("code", code);
        }
        if (method != null) {
            body.add("method", method);
        }
        Api.Reply reply = api.raw(api.request("/login").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.build().toString())));
        if (reply.status() == 200) {
            keep(reply);
        }
        return reply;
    }

    /** Keeps the cookie and CSRF token of a successful sign-in answer. */
    public void keep(Api.Reply reply) {
        cookie = cookieValue(reply.header("Set-Cookie"));
        JsonObject data = reply.json().getJsonObject("data");
        csrf = data.getString("csrf_token");
        sessionId = data.getString("session_id");
    }

    /**
     * Takes the session cookie that a sign-in flow ({@link #visit}) left in the cookie jar for the server
     * under test, and its CSRF token and session id from {@code GET /session}; the answer of that call.
     */
    public Api.Reply resumeSession() {
        URI server = URI.create(api.base() + "/");
        cookie = cookies.getCookieStore().get(server).stream().filter(c -> c.getName().equals("millrace_session"))
                .map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no millrace_session cookie for " + server + ": " + cookies.getCookieStore().getCookies()));
        Api.Reply session = get("/session");
        if (session.status() == 200) {
            JsonObject data = session.json().getJsonObject("data");
            csrf = data.getString("csrf_token");
            sessionId = data.getString("session_id");
        }
        return session;
    }

    /** The value of {@code millrace_session} in a Set-Cookie header. */
    public static String cookieValue(String setCookie) {
        if (setCookie == null || !setCookie.startsWith("millrace_session=")) {
            throw new AssertionError("no session cookie: " + setCookie);
        }
        String rest = setCookie.substring("millrace_session=".length());
        int end = rest.indexOf(';');
        return end < 0 ? rest : rest.substring(0, end);
    }

    public String cookie() {
        return cookie;
    }

    public String csrf() {
        return csrf;
    }

    public String sessionId() {
        return sessionId;
    }

    /** A request with the session cookie only (no CSRF token). */
    public HttpRequest.Builder request(String path) {
        return api.request(path).header("Cookie", "millrace_session=" + cookie);
    }

    /** A request with the cookie and the CSRF token. */
    public HttpRequest.Builder withCsrf(String path) {
        return request(path).header("X-CSRF-Token", csrf);
    }

    public Api.Reply get(String path) {
        return api.raw(request(path).GET());
    }

    public Api.Reply post(String path, String json) {
        return api.raw(withCsrf(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Api.Reply put(String path, String json) {
        return api.raw(withCsrf(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Api.Reply delete(String path) {
        return api.raw(withCsrf(path).DELETE());
    }

    public Api.Reply logout() {
        return api.raw(withCsrf("/logout").POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends any request. */
    public Api.Reply send(HttpRequest.Builder request) {
        return api.raw(request);
    }

    // ---- sign-in flows across servers, with the cookie jar ----

    /** GET any URL with the cookie jar, following redirects (at most 10): the last answer. */
    public HttpResponse<String> visit(String url) {
        return follow(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** GET any URL with the cookie jar without following: the answer itself. */
    public HttpResponse<String> visitOnce(String url) {
        return sendWithJar(HttpRequest.newBuilder(URI.create(url)).GET());
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
        return sendWithJar(formPost(page, username, password));
    }

    private static final Pattern POST_FORM = Pattern.compile("<form[^>]*method=\"post\"[^>]*action=\"([^\"]+)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);

    /**
     * The hidden fields of the page's POST form, which a browser would submit by script (an IdP's SAML
     * HTTP-POST binding page): its action and the fields, HTML entities decoded.
     */
    public static Map.Entry<URI, Map<String, String>> postForm(HttpResponse<String> page) {
        Matcher form = POST_FORM.matcher(page.body());
        if (!form.find()) {
            throw new AssertionError("no POST form on " + page.uri() + ": " + page.statusCode() + " " + page.body());
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page.body());
        while (hidden.find()) {
            fields.put(unescape(hidden.group(1)), unescape(hidden.group(2)));
        }
        return Map.entry(page.uri().resolve(unescape(form.group(1))), fields);
    }

    /** Posts these fields as a form to {@code action} with the cookie jar, without following the answer. */
    public HttpResponse<String> postFormOnce(URI action, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return sendWithJar(HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String unescape(String html) {
        return html.replace("&#x2f;", "/").replace("&#x2F;", "/").replace("&#47;", "/").replace("&#x3a;", ":").replace("&#x3A;", ":")
                .replace("&#x3d;", "=").replace("&#x3D;", "=").replace("&#x2b;", "+").replace("&#x2B;", "+").replace("&#43;", "+")
                .replace("&#61;", "=").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** Every answer of {@link #visit} and the form posts so far, in order. */
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
        HttpResponse<String> answer = sendWithJar(first);
        for (int i = 0; i < 10 && answer.statusCode() / 100 == 3; i++) {
            String location = answer.headers().firstValue("location").orElseThrow();
            answer = sendWithJar(HttpRequest.newBuilder(answer.uri().resolve(location)).GET());
        }
        return answer;
    }

    private HttpResponse<String> sendWithJar(HttpRequest.Builder request) {
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
