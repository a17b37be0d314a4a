package io.millrace.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a browser session's request must pass against cross-site request forgery: a state-changing
 * method ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) must carry the session's CSRF token
 * (checked by the caller in constant time), and an {@code Origin} header, when there is one, must name
 * this server: the scheme and host (with port) the request came to, or those of the public base URL.
 */
public final class CsrfCheck {
    public static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private CsrfCheck() {
    }

    /** Whether the method changes state and so needs the token. */
    public static boolean changesState(String method) {
        return !SAFE.contains(method.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether an {@code Origin} header is acceptable: absent, or the same origin as
     * {@code scheme://host} (the request's) or as {@code baseUrl}.
     */
    public static boolean originAllowed(String origin, String scheme, String host, String baseUrl) {
        if (origin == null) {
            return true;
        }
        String given = normalize(origin.trim());
        if (given == null) {
            return false;
        }
        return given.equals(host == null ? null : normalize(scheme + "://" + host))
                || given.equals(baseUrl == null ? null : normalize(baseUrl));
    }

    /**
     * Whether the request's {@code Origin} header (if any) names this server: as the request reached it
     * ({@code X-Forwarded-Host} or {@code Host}, over TLS or not) or by its public base URL.
     */
    public static boolean originAllowed(HttpServletRequest request, String baseUrl) {
        String host = request.getHeader("X-Forwarded-Host");
        host = host == null || host.isBlank() ? request.getHeader("Host") : host.split(",")[0].trim();
        return originAllowed(request.getHeader("Origin"), SessionCookie.overTls(request) ? "https" : "http", host,
                baseUrl);
    }

    /** {@code scheme://host:port} in lower case with the default port made explicit; null when not a URL. */
    static String normalize(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null) {
                return null;
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
            return scheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + port;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
