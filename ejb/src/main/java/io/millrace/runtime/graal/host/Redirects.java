package io.millrace.runtime.graal.host;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Where a redirect leads, as fetch and axios follow them: 301, 302, 303, 307 and 308 with a
 * {@code Location}; 303 (but for HEAD), and 301 and 302 after a POST, become a GET without a body;
 * never from https to http; on a move to another origin the credentials headers are dropped.
 */
final class Redirects {

    /** The next hop: its URI, method, headers and body (null: none). */
    record Hop(URI uri, String method, List<String[]> headers, byte[] body) {
    }

    private static final Set<Integer> STATUSES = Set.of(301, 302, 303, 307, 308);
    /** Headers of a request body, dropped when a redirect turns the request into a GET. */
    private static final Set<String> BODY_HEADERS = Set.of("content-type", "content-encoding", "content-language",
            "content-location");
    /** Headers that carry credentials, dropped on a redirect to another origin. */
    private static final Set<String> CREDENTIALS = Set.of("authorization", "cookie", "proxy-authorization");

    private Redirects() {
    }

    /**
     * The hop a response with {@code status} and {@code location} (may be null) to a request leads to,
     * or null when it is not a redirect that is followed (the response is then the answer).
     */
    static Hop next(Hop request, int status, String location) {
        if (!STATUSES.contains(status) || location == null) {
            return null;
        }
        URI target;
        try {
            target = request.uri().resolve(location.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || target.getHost() == null
                || request.uri().getScheme().equalsIgnoreCase("https") && scheme.equals("http")) {
            return null;
        }
        String method = request.method();
        byte[] body = request.body();
        boolean toGet = status == 303 && !method.equals("HEAD") || (status == 301 || status == 302) && method.equals("POST");
        boolean sameOrigin = sameOrigin(request.uri(), target);
        List<String[]> headers = request.headers().stream()
                .filter(h -> !(toGet && BODY_HEADERS.contains(h[0].toLowerCase(Locale.ROOT))))
                .filter(h -> sameOrigin || !CREDENTIALS.contains(h[0].toLowerCase(Locale.ROOT)))
                .toList();
        return new Hop(target, toGet ? "GET" : method, headers, toGet ? null : body);
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : Objects.equals(uri.getScheme().toLowerCase(Locale.ROOT), "https") ? 443 : 80;
    }
}
