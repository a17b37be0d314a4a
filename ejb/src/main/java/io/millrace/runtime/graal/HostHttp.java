package io.millrace.runtime.graal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import javax.net.ssl.SSLException;

import org.graalvm.polyglot.Value;

/**
 * HTTP for steps ({@code fetch} and {@code axios} in lib/http.js), on one shared {@link HttpClient}.
 *
 * <p>A request is sent asynchronously; its completion is run on the step's thread by the run's
 * {@link EventLoop}, which calls the JavaScript callback with an error (JSON), or the response's
 * status, headers and URL (JSON) and its body as a {@link HostBlob}. Only http and https URLs are
 * allowed; redirects are followed (never from https to http); each request's timeout is capped by
 * the run's deadline. Every request is logged as {@code METHOD scheme://host/path → status (ms)}:
 * without its query string, headers or body, and with the values of the step's environment
 * variables (and secret props) masked, so that secrets stay out of the logs.
 *
 * <p>A request given a label ({@code $.send.http}'s deliveries) is logged with the label in front,
 * at level {@code error} when it failed or was answered with a status of 400 or more; when the run
 * ends while it is still going, it is logged as {@code ERR_CANCELED}.
 */
final class HostHttp {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** Headers java.net.http sets itself and refuses from callers; they are dropped. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

    private static volatile HttpClient client;

    private final StepHost host;
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
    /** Labelled requests still going, and how to log that they were cancelled. */
    private final Map<CompletableFuture<?>, Runnable> labelledInFlight = new ConcurrentHashMap<>();

    HostHttp(StepHost host) {
        this.host = host;
    }

    /** The client every run shares. */
    static HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (HostHttp.class) {
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

    /** A request failed: {@code code} is Node-like (ECONNREFUSED, ...), the message says what happened. */
    record Failure(String code, String message) {
    }

    /**
     * The bridge's {@code http(method, url, headers, body, timeoutMs, maxBytes, callback[, label])}: headers
     * is a flat array [name, value, ...]; body null, a string (sent as UTF-8) or an ArrayBuffer;
     * timeoutMs 0 for none; maxBytes 0 for the runtime's limit; label null, or the text the request's
     * log line starts with. {@code callback(errorJson, metaJson, body)} is called later, from the event loop.
     */
    Object request(Value... args) {
        String method = args[0].asString();
        String url = args[1].asString();
        Value callback = args[6];
        String label = args.length > 7 && args[7] != null && args[7].isString() ? args[7].asString() : null;
        long timeoutMillis = args[4].isNumber() ? (long) args[4].asDouble() : 0;
        long maxBytes = args[5].isNumber() ? (long) args[5].asDouble() : 0;
        if (maxBytes <= 0 || maxBytes > host.maxResponseBytes()) {
            maxBytes = host.maxResponseBytes();
        }
        maxBytes = Math.min(maxBytes, Integer.MAX_VALUE - 8);
        long started = System.nanoTime();
        EventLoop loop = host.loop();
        loop.begin();
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            fail(loop, callback, label, null, method, started, new Failure("ERR_INVALID_URL", "Invalid URL"));
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            fail(loop, callback, label, null, method, started, new Failure("ERR_BAD_REQUEST", "Unsupported protocol " + scheme + ":"));
            return null;
        }
        if (uri.getHost() == null) {
            fail(loop, callback, label, null, method, started, new Failure("ERR_INVALID_URL", "Invalid URL"));
            return null;
        }
        if (!host.httpAllowed()) {
            fail(loop, callback, label, uri, method, started, new Failure("ERR_MILLRACE_NO_HTTP",
                    "HTTP requests can only be made while the step runs, not while it is validated"));
            return null;
        }
        long untilDeadline = GuardedContext.millisUntil(host.deadline());
        long timeout = timeoutMillis > 0 ? Math.min(timeoutMillis, untilDeadline) : untilDeadline;
        if (timeout <= 0) {
            fail(loop, callback, label, uri, method, started, timedOut(timeoutMillis));
            return null;
        }
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                    .method(method, body(args[3]));
            if (timeout != Long.MAX_VALUE) {
                builder.timeout(Duration.ofMillis(timeout));
            }
            Value headers = args[2];
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
            request = builder.build();
        } catch (IllegalArgumentException e) {
            fail(loop, callback, label, uri, method, started, new Failure("ERR_INVALID_ARG_VALUE",
                    e.getMessage() == null ? "Invalid request" : e.getMessage()));
            return null;
        }
        long limit = maxBytes;
        long timeoutForMessage = timeoutMillis;
        CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request, info -> new LimitedBody(info, limit));
        inFlight.add(future);
        if (label != null) {
            labelledInFlight.put(future, () -> {
                // still going, or done but not yet handled by the loop
                HttpResponse<byte[]> response = future.isDone() && !future.isCompletedExceptionally()
                        ? future.getNow(null) : null;
                int status = response == null ? 0 : response.statusCode();
                log(label, method, uri, started, status == 0 ? "ERR_CANCELED" : String.valueOf(status),
                        status == 0 || status >= 400);
            });
        }
        future.whenComplete((response, error) -> loop.complete(() -> {
            inFlight.remove(future);
            labelledInFlight.remove(future);
            if (error != null) {
                fail(null, callback, label, uri, method, started, failure(error, uri, timeoutForMessage));
            } else {
                deliver(callback, label, uri, method, started, response, limit);
            }
        }));
        return null;
    }

    /** Cancels the requests still going (the run ended); labelled ones are logged as cancelled. */
    void cancelAll() {
        for (CompletableFuture<?> future : inFlight) {
            future.cancel(true);
        }
        inFlight.clear();
        for (Runnable logCancelled : labelledInFlight.values()) {
            logCancelled.run();
        }
        labelledInFlight.clear();
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

    /** Calls back with the failure; with {@code loop}, later from the loop (the request never started). */
    private void fail(EventLoop loop, Value callback, String label, URI uri, String method, long started,
                      Failure failure) {
        Runnable report = () -> {
            log(label, method, uri, started, failure.code(), true);
            callback.executeVoid(JsonStrings.write(Map.of("code", failure.code(), "message", host.redact(failure.message()))));
        };
        if (loop != null) {
            loop.complete(report);
        } else {
            report.run();
        }
    }

    private void deliver(Value callback, String label, URI uri, String method, long started,
                         HttpResponse<byte[]> response, long maxBytes) {
        byte[] bytes = response.body();
        List<List<String>> headers = new ArrayList<>();
        String contentType = null;
        String encoding = null;
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.startsWith(":")) {
                continue;
            }
            for (String value : header.getValue()) {
                headers.add(List.of(name, value));
                if (name.equals("content-type")) {
                    contentType = value;
                } else if (name.equals("content-encoding")) {
                    encoding = value.trim().toLowerCase(Locale.ROOT);
                }
            }
        }
        if (encoding != null && bytes.length > 0 && !method.equals("HEAD")) {
            try {
                bytes = decompress(bytes, encoding, maxBytes);
            } catch (IOException e) {
                fail(null, callback, label, uri, method, started, new Failure("Z_DATA_ERROR",
                        e instanceof TooLarge ? e.getMessage() : "the response body could not be decompressed (" + encoding + ")"));
                return;
            }
        }
        log(label, method, uri, started, String.valueOf(response.statusCode()), response.statusCode() >= 400);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("status", response.statusCode());
        meta.put("statusText", reason(response.statusCode()));
        meta.put("url", response.uri().toString());
        meta.put("redirected", response.previousResponse().isPresent());
        meta.put("headers", headers);
        callback.executeVoid(null, JsonStrings.write(meta), HostBlob.of(bytes, charsetOf(contentType)));
    }

    /**
     * Logs a request as {@code [label ]METHOD url → result (ms)}: at level info, or, for a labelled
     * request that failed, error.
     */
    private void log(String label, String method, URI uri, long started, String result, boolean failed) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        host.record(label != null && failed ? "error" : "info", (label == null ? "" : label + " ") + method + " "
                + (uri == null ? "(invalid URL)" : host.redact(shown(uri))) + " \u2192 " + result + " (" + millis + " ms)");
    }

    /** The URL as logged: scheme, host, port and path; no user info, query or fragment. */
    static String shown(URI uri) {
        StringBuilder out = new StringBuilder();
        out.append(uri.getScheme()).append("://").append(uri.getHost());
        if (uri.getPort() != -1) {
            out.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        if (uri.getRawQuery() != null) {
            out.append("?\u2026");
        }
        return out.toString();
    }

    static Failure failure(Throwable error, URI uri, long timeoutMillis) {
        Throwable e = error;
        while ((e instanceof CompletionException || e.getClass() == IOException.class) && e.getCause() != null) {
            e = e.getCause();
        }
        String where = uri.getHost() + ":" + (uri.getPort() != -1 ? uri.getPort()
                : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80);
        if (e instanceof TooLarge) {
            return new Failure("ERR_BAD_RESPONSE", e.getMessage());
        }
        if (e instanceof HttpConnectTimeoutException) {
            return new Failure("ETIMEDOUT", "connect ETIMEDOUT " + where);
        }
        if (e instanceof HttpTimeoutException) {
            return timedOut(timeoutMillis);
        }
        if (e instanceof ConnectException) {
            Throwable cause = e.getCause();
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return new Failure("ENOTFOUND", "getaddrinfo ENOTFOUND " + uri.getHost());
            }
            return new Failure("ECONNREFUSED", "connect ECONNREFUSED " + where);
        }
        if (e instanceof UnresolvedAddressException || e instanceof UnknownHostException) {
            return new Failure("ENOTFOUND", "getaddrinfo ENOTFOUND " + uri.getHost());
        }
        if (e instanceof SSLException) {
            return new Failure("EPROTO", "TLS failed: " + e.getMessage());
        }
        if (e instanceof java.util.concurrent.CancellationException) {
            return new Failure("ERR_CANCELED", "canceled");
        }
        if (e instanceof IOException) {
            return new Failure("ECONNRESET", "socket hang up" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
        return new Failure("ERR_NETWORK", "request failed: " + e.getClass().getSimpleName());
    }

    private static Failure timedOut(long timeoutMillis) {
        return new Failure("ECONNABORTED", timeoutMillis > 0 ? "timeout of " + timeoutMillis + "ms exceeded"
                : "the request did not finish before the execution's time limit");
    }

    private static Charset charsetOf(String contentType) {
        if (contentType != null) {
            Matcher m = CHARSET.matcher(contentType);
            if (m.find()) {
                try {
                    return Charset.forName(m.group(1));
                } catch (RuntimeException unknown) {
                    // fall back to UTF-8
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static byte[] decompress(byte[] bytes, String encoding, long maxBytes) throws IOException {
        InputStream in;
        switch (encoding) {
            case "gzip", "x-gzip" -> in = new GZIPInputStream(new ByteArrayInputStream(bytes));
            case "deflate" -> in = new InflaterInputStream(new ByteArrayInputStream(bytes));
            default -> {
                return bytes;
            }
        }
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(32, bytes.length * 2));
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk)) > 0) {
                if (out.size() + (long) n > maxBytes) {
                    throw new TooLarge(maxBytes);
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** The standard reason phrase of a status (HTTP/2 and java.net.http give none). */
    static String reason(int status) {
        return switch (status) {
            case 100 -> "Continue";
            case 101 -> "Switching Protocols";
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 203 -> "Non-Authoritative Information";
            case 204 -> "No Content";
            case 205 -> "Reset Content";
            case 206 -> "Partial Content";
            case 300 -> "Multiple Choices";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 304 -> "Not Modified";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 402 -> "Payment Required";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 411 -> "Length Required";
            case 412 -> "Precondition Failed";
            case 413 -> "Payload Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 416 -> "Range Not Satisfiable";
            case 418 -> "I'm a Teapot";
            case 422 -> "Unprocessable Entity";
            case 425 -> "Too Early";
            case 426 -> "Upgrade Required";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 451 -> "Unavailable For Legal Reasons";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            case 505 -> "HTTP Version Not Supported";
            default -> "";
        };
    }

    /** The response body is larger than allowed. */
    static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("maxContentLength size of " + maxBytes + " exceeded");
        }
    }

    /** Collects a response body, failing as soon as it is larger than allowed. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final long maxBytes;
        private final long declared;
        private final List<ByteBuffer> parts = new ArrayList<>();
        private long size;
        private Flow.Subscription subscription;

        LimitedBody(HttpResponse.ResponseInfo info, long maxBytes) {
            this.maxBytes = maxBytes;
            this.declared = info.headers().firstValueAsLong("content-length").orElse(-1);
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > maxBytes) {
                s.cancel();
                result.completeExceptionally(new TooLarge(maxBytes));
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                size += item.remaining();
                if (size > maxBytes) {
                    parts.clear();
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge(maxBytes));
                    return;
                }
                parts.add(item);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            parts.clear();
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            byte[] bytes = new byte[(int) size];
            int at = 0;
            for (ByteBuffer part : parts) {
                int n = part.remaining();
                part.get(bytes, at, n);
                at += n;
            }
            parts.clear();
            result.complete(bytes);
        }

        @Override
        public java.util.concurrent.CompletionStage<byte[]> getBody() {
            return result;
        }
    }
}
