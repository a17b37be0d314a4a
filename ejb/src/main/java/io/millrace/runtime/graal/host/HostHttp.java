package io.millrace.runtime.graal.host;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.graalvm.polyglot.Value;

import io.millrace.shared.egress.EgressGuard;

/**
 * HTTP for steps ({@code fetch} and {@code axios} in lib/http.js), on one shared client
 * ({@link HttpRequests#client()}).
 *
 * <p>A request is sent asynchronously; its completion is run on the step's thread by the run's
 * {@link EventLoop}, which calls the JavaScript callback with an error (JSON), or the response's
 * status, headers and URL (JSON) and its body as a {@link HostBlob} (see {@link HttpResponses}). Only
 * http and https URLs are allowed; redirects are followed (never from https to http, at most 20); the
 * egress policy ({@link EgressGuard}) checks the resolved address of every hop and the hop is sent to
 * that address ({@link HttpExchange}); each request's timeout is capped by the run's deadline. Every request is logged as
 * {@code METHOD scheme://host/path → status (ms)}: without its query string, headers or body, and with
 * the values of the step's environment variables (and secret props) masked, so that secrets stay out
 * of the logs.
 *
 * <p>A request given a label ({@code $.send.http}'s deliveries) is logged with the label in front,
 * at level {@code error} when it failed or was answered with a status of 400 or more; when the run
 * ends while it is still going, it is logged as {@code ERR_CANCELED}.
 */
public final class HostHttp {

    private final HttpRun run;
    private final EgressGuard egress;
    private final Set<HttpExchange> inFlight = ConcurrentHashMap.newKeySet();
    private volatile ResponseBudget budget;
    /** Labelled requests still going, and how to log that they were cancelled. */
    private final Map<HttpExchange, Runnable> labelledInFlight = new ConcurrentHashMap<>();

    /** The HTTP of {@code run}, whose requests and redirects go where {@code egress} lets them. */
    public HostHttp(HttpRun run, EgressGuard egress) {
        this.run = run;
        this.egress = egress;
    }

    /** One request: what its log line and callback need. */
    private record Call(String method, String label, Value callback, long started) {
    }

    /**
     * The bridge's {@code http(method, url, headers, body, timeoutMs, maxBytes, callback[, label])}: headers
     * is a flat array [name, value, ...]; body null, a string (sent as UTF-8) or an ArrayBuffer;
     * timeoutMs 0 for none; maxBytes 0 for the runtime's limit; label null, or the text the request's
     * log line starts with. {@code callback(errorJson, metaJson, body)} is called later, from the event loop.
     */
    public Object request(Value... args) {
        String url = args[1].asString();
        String label = args.length > 7 && args[7] != null && args[7].isString() ? args[7].asString() : null;
        long timeoutMillis = args[4].isNumber() ? (long) args[4].asDouble() : 0;
        long maxBytes = args[5].isNumber() ? (long) args[5].asDouble() : 0;
        if (maxBytes <= 0 || maxBytes > run.maxResponseBytes()) {
            maxBytes = run.maxResponseBytes();
        }
        maxBytes = Math.min(maxBytes, Integer.MAX_VALUE - 8);
        Call call = new Call(args[0].asString(), label, args[6], System.nanoTime());
        EventLoop loop = run.loop();
        loop.begin();
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            fail(loop, call, null, new HttpFailure("ERR_INVALID_URL", "Invalid URL"));
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            fail(loop, call, null, new HttpFailure("ERR_BAD_REQUEST", "Unsupported protocol " + scheme + ":"));
            return null;
        }
        if (uri.getHost() == null) {
            fail(loop, call, null, new HttpFailure("ERR_INVALID_URL", "Invalid URL"));
            return null;
        }
        if (!run.httpAllowed()) {
            fail(loop, call, uri, new HttpFailure("ERR_MILLRACE_NO_HTTP",
                    "HTTP requests can only be made while the step runs, not while it is validated"));
            return null;
        }
        long untilDeadline = Deadlines.millisUntil(run.deadline());
        long timeout = timeoutMillis > 0 ? Math.min(timeoutMillis, untilDeadline) : untilDeadline;
        if (timeout <= 0) {
            fail(loop, call, uri, HttpFailure.timedOut(timeoutMillis));
            return null;
        }
        Redirects.Hop first;
        try {
            List<String[]> headers = HttpRequests.headers(args[2]);
            HttpRequests.check(uri, call.method(), headers);
            first = new Redirects.Hop(uri, call.method(), headers, HttpRequests.body(args[3]));
        } catch (IllegalArgumentException e) {
            fail(loop, call, uri, new HttpFailure("ERR_INVALID_ARG_VALUE",
                    e.getMessage() == null ? "Invalid request" : e.getMessage()));
            return null;
        }
        send(loop, call, first, new HttpExchange(egress, maxBytes, timeout, budget()), maxBytes, timeoutMillis);
        return null;
    }

    /** What this context's responses may hold at once while being received: one response's limit. */
    private ResponseBudget budget() {
        ResponseBudget b = budget;
        if (b == null || b.limit() != run.maxResponseBytes()) {
            b = new ResponseBudget(run.maxResponseBytes());
            budget = b;
        }
        return b;
    }

    private void send(EventLoop loop, Call call, Redirects.Hop first, HttpExchange exchange, long maxBytes,
                      long timeoutMillis) {
        URI uri = first.uri();
        CompletableFuture<HttpExchange.Outcome> future = exchange.start(first);
        inFlight.add(exchange);
        if (call.label() != null) {
            labelledInFlight.put(exchange, () -> {
                // still going, or done but not yet handled by the loop
                HttpExchange.Outcome outcome = future.isDone() && !future.isCompletedExceptionally()
                        ? future.getNow(null) : null;
                int status = outcome == null ? 0 : outcome.response().statusCode();
                log(call, uri, status == 0 ? "ERR_CANCELED" : String.valueOf(status), status == 0 || status >= 400);
            });
        }
        future.whenComplete((outcome, error) -> loop.complete(() -> {
            inFlight.remove(exchange);
            labelledInFlight.remove(exchange);
            if (error != null) {
                fail(null, call, uri, HttpFailure.of(error, uri, timeoutMillis));
            } else {
                deliver(call, uri, outcome, maxBytes);
            }
        }));
    }

    /** Cancels the requests still going (the run ended); labelled ones are logged as cancelled. */
    public void cancelAll() {
        for (HttpExchange exchange : inFlight) {
            exchange.cancel();
        }
        inFlight.clear();
        for (Runnable logCancelled : labelledInFlight.values()) {
            logCancelled.run();
        }
        labelledInFlight.clear();
    }

    /** Calls back with the failure; with {@code loop}, later from the loop (the request never started). */
    private void fail(EventLoop loop, Call call, URI uri, HttpFailure failure) {
        Runnable report = () -> {
            log(call, uri, failure.code(), true);
            call.callback().executeVoid(JsonStrings.write(Map.of("code", failure.code(),
                    "message", run.redact(failure.message()))));
        };
        if (loop != null) {
            loop.complete(report);
        } else {
            report.run();
        }
    }

    private void deliver(Call call, URI uri, HttpExchange.Outcome outcome, long maxBytes) {
        HttpResponse<byte[]> response = outcome.response();
        HttpResponses.Received received = HttpResponses.receive(response, outcome.url().toString(),
                outcome.redirected(), call.method(), maxBytes);
        if (received.failure() != null) {
            fail(null, call, uri, received.failure());
            return;
        }
        log(call, uri, String.valueOf(response.statusCode()), response.statusCode() >= 400);
        call.callback().executeVoid(null, received.metaJson(), received.body());
    }

    /**
     * Logs a request as {@code [label ]METHOD url → result (ms)}: at level info, or, for a labelled
     * request that failed, error.
     */
    private void log(Call call, URI uri, String result, boolean failed) {
        long millis = (System.nanoTime() - call.started()) / 1_000_000;
        String label = call.label();
        run.record(label != null && failed ? "error" : "info", (label == null ? "" : label + " ") + call.method() + " "
                + (uri == null ? "(invalid URL)" : run.redact(shown(uri))) + " \u2192 " + result + " (" + millis + " ms)");
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
}
