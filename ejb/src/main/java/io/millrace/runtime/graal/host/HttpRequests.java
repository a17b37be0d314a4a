package io.millrace.runtime.graal.host;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Value;

/** Builds the {@link HttpRequest} of a guest request, and the one {@link HttpClient} every run sends them on. */
final class HttpRequests {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** Headers java.net.http sets itself and refuses from callers; they are dropped. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

    private static volatile HttpClient client;

    private HttpRequests() {
    }

    /** The client every run shares: redirects followed (never from https to http), HTTP/1.1. */
    static HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (HttpRequests.class) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder()
                            .followRedirects(HttpClient.Redirect.NORMAL)
                            .connectTimeout(CONNECT_TIMEOUT)
                            .version(HttpClient.Version.HTTP_1_1)
                            .build();
                    client = c;
                }
            }
        }
        return c;
    }

    /**
     * The request: {@code headers} is a flat array [name, value, ...], {@code body} null, a string (sent
     * as UTF-8) or an ArrayBuffer; {@code timeoutMillis} Long.MAX_VALUE for none.
     *
     * @throws IllegalArgumentException for an invalid method, header or body
     */
    static HttpRequest build(URI uri, String method, Value headers, Value body, long timeoutMillis) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).method(method, body(body));
        if (timeoutMillis != Long.MAX_VALUE) {
            builder.timeout(Duration.ofMillis(timeoutMillis));
        }
        for (long i = 0; i + 1 < headers.getArraySize(); i += 2) {
            String name = headers.getArrayElement(i).asString();
            String value = headers.getArrayElement(i + 1).asString();
            if (!TOKEN.matcher(name).matches()) {
                throw new IllegalArgumentException("Invalid header name: \"" + name + "\"");
            }
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                builder.header(name, value);
            }
        }
        return builder.build();
    }

    private static HttpRequest.BodyPublisher body(Value body) {
        if (body == null || body.isNull()) {
            return HttpRequest.BodyPublishers.noBody();
        }
        if (body.isString()) {
            return HttpRequest.BodyPublishers.ofString(body.asString(), StandardCharsets.UTF_8);
        }
        return HttpRequest.BodyPublishers.ofByteArray(HostBytes.read(body));
    }
}
