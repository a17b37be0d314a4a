package io.millrace.runtime.graal.host;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Value;

import io.millrace.shared.egress.Route;
import io.millrace.shared.http.RenewableHttpClient;

/**
 * Builds the {@link HttpRequest}s of guest requests, and the one {@link HttpClient} every run sends them
 * on, with the threads that also resolve and check their hosts ({@link HttpExchange}).
 */
final class HttpRequests {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** Headers java.net.http sets itself and refuses from callers; they are dropped. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

    private static volatile RenewableHttpClient client;
    private static volatile ExecutorService executor;

    private HttpRequests() {
    }

    /** The threads of the client and of the DNS lookups before each hop (daemons, made as needed). */
    static ExecutorService executor() {
        ExecutorService e = executor;
        if (e == null) {
            synchronized (HttpRequests.class) {
                e = executor;
                if (e == null) {
                    AtomicInteger count = new AtomicInteger();
                    e = Executors.newCachedThreadPool(task -> {
                        Thread thread = new Thread(task, "millrace-step-http-" + count.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
                    executor = e;
                }
            }
        }
        return e;
    }

    /**
     * The client every run shares: HTTP/1.1, redirects not followed (HttpExchange follows them after a check);
     * replaced when it breaks (see {@link RenewableHttpClient#failed}).
     */
    static RenewableHttpClient client() {
        RenewableHttpClient c = client;
        if (c == null) {
            synchronized (HttpRequests.class) {
                c = client;
                if (c == null) {
                    c = new RenewableHttpClient("of steps", () -> HttpClient.newBuilder()
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(CONNECT_TIMEOUT)
                            .version(HttpClient.Version.HTTP_1_1)
                            .executor(executor())
                            .build());
                    client = c;
                }
            }
        }
        return c;
    }

    /**
     * The headers of a guest request, a flat array [name, value, ...], as [name, value] pairs; those the
     * client sets itself are left out.
     *
     * @throws IllegalArgumentException for an invalid header name
     */
    static List<String[]> headers(Value flat) {
        List<String[]> out = new ArrayList<>();
        for (long i = 0; i + 1 < flat.getArraySize(); i += 2) {
            String name = flat.getArrayElement(i).asString();
            String value = flat.getArrayElement(i + 1).asString();
            if (!TOKEN.matcher(name).matches()) {
                throw new IllegalArgumentException("Invalid header name: \"" + name + "\"");
            }
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                out.add(new String[] {name, value});
            }
        }
        return out;
    }

    /** The body of a guest request: null, a string (sent as UTF-8) or an ArrayBuffer; null for none. */
    static byte[] body(Value body) {
        if (body == null || body.isNull()) {
            return null;
        }
        if (body.isString()) {
            return body.asString().getBytes(StandardCharsets.UTF_8);
        }
        return HostBytes.read(body);
    }

    /**
     * Checks what {@link #build} would refuse, before anything is sent.
     *
     * @throws IllegalArgumentException for an invalid method or header value
     */
    static void check(java.net.URI uri, String method, List<String[]> headers) {
        build(new Route(uri, null, uri, null), method, headers, null, Long.MAX_VALUE);
    }

    /**
     * The request of one hop, sent along {@code route}; {@code timeoutMillis} Long.MAX_VALUE for none.
     *
     * @throws IllegalArgumentException for an invalid method or header value
     */
    static HttpRequest build(Route route, String method, List<String[]> headers, byte[] body, long timeoutMillis) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(route.connectUri()).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (timeoutMillis != Long.MAX_VALUE) {
            builder.timeout(Duration.ofMillis(timeoutMillis));
        }
        for (String[] header : headers) {
            builder.header(header[0], header[1]);
        }
        if (route.hostHeader() != null) {
            builder.header("Host", route.hostHeader());
        }
        return builder.build();
    }
}
