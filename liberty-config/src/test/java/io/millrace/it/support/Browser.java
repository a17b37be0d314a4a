package io.millrace.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;

/**
 * A browser signed in to the server under test: it sends its session cookie (and, when told, the CSRF token
 * of its sign-in) with each request, as a browser's page script would.
 */
public final class Browser {
    private final Api api;
    private String cookie;
    private String csrf;
    private String sessionId;

    public Browser(Api api) {
        this.api = api;
    }

    /** {@code POST /login} with JSON; on 200 the browser keeps the cookie and CSRF token. */
    public Api.Reply login(String username, String password) {
        return login(username, password, null);
    }

    public Api.Reply login(String username, String password, String code) {
        var body = Json.createObjectBuilder().add("username", username).add("password", password);
        if (code != null) {
            body.add("code", code);
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
}
