package io.millrace.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

/**
 * The browser session's cookie {@value #NAME}: HttpOnly, SameSite=Lax, Path=/, and Secure when the request
 * came over TLS (directly or, behind a proxy, {@code X-Forwarded-Proto: https}). It lives as long as the
 * browser runs; the server ends the session itself (idle and absolute timeouts).
 */
public final class SessionCookie {
    public static final String NAME = "millrace_session";

    private SessionCookie() {
    }

    /** The cookie that holds the session's value. */
    public static NewCookie of(String token, HttpServletRequest request) {
        return build(token, request, NewCookie.DEFAULT_MAX_AGE);
    }

    /** The cookie that clears it in the browser. */
    public static NewCookie cleared(HttpServletRequest request) {
        return build("", request, 0);
    }

    /** The session's value the request sent, or null. */
    public static String from(HttpHeaders headers) {
        jakarta.ws.rs.core.Cookie cookie = headers.getCookies().get(NAME);
        return cookie == null || cookie.getValue().isEmpty() ? null : cookie.getValue();
    }

    /** Whether the request came over TLS, to this server or to the proxy in front of it. */
    public static boolean overTls(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].trim().equalsIgnoreCase("https");
        }
        return request.isSecure();
    }

    private static NewCookie build(String value, HttpServletRequest request, int maxAge) {
        return new NewCookie.Builder(NAME).value(value).path("/").httpOnly(true).secure(overTls(request))
                .sameSite(NewCookie.SameSite.LAX).maxAge(maxAge).build();
    }
}
