package io.millrace.runtime.graal.host;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.millrace.shared.egress.EgressGuard;
import io.millrace.shared.egress.EgressRefused;
import io.millrace.shared.egress.Route;

/**
 * One guest request, redirects included. Before each hop the {@link EgressGuard} resolves the host
 * and checks the address (off the step's thread), and the hop is sent to the checked address (see
 * {@link Route}); redirects are followed here ({@link Redirects}), at most {@value #MAX_REDIRECTS}.
 * {@link #cancel} stops the hop in progress.
 */
final class HttpExchange {

    static final int MAX_REDIRECTS = 20;

    /** The answer: the last response, the URL it came from, and whether a redirect led there. */
    record Outcome(HttpResponse<byte[]> response, URI url, boolean redirected) {
    }

    /** More redirects than fetch follows. */
    static final class TooManyRedirects extends IOException {
        private static final long serialVersionUID = 1L;

        TooManyRedirects() {
            super("Maximum number of redirects exceeded");
        }
    }

    private final EgressGuard guard;
    private final long maxBytes;
    private final ResponseBudget budget;
    private final long timeoutMillis;
    private final long started = System.nanoTime();
    private final CompletableFuture<Outcome> result = new CompletableFuture<>();
    private volatile CompletableFuture<?> current;

    /** An exchange whose hops together take at most {@code timeoutMillis} (Long.MAX_VALUE: no limit). */
    HttpExchange(EgressGuard guard, long maxBytes, long timeoutMillis, ResponseBudget budget) {
        this.guard = guard;
        this.maxBytes = maxBytes;
        this.budget = budget;
        this.timeoutMillis = timeoutMillis;
    }

    /** Starts the request; the future completes with its outcome, or with the failure of a hop. */
    CompletableFuture<Outcome> start(Redirects.Hop first) {
        hop(first, 0);
        return result;
    }

    /** Stops the exchange: the hop in progress is cancelled and the outcome is a cancellation. */
    void cancel() {
        result.cancel(true);
        CompletableFuture<?> hop = current;
        if (hop != null) {
            hop.cancel(true);
        }
    }

    private void hop(Redirects.Hop hop, int redirects) {
        if (result.isDone()) {
            return;
        }
        CompletableFuture<Route> routed = CompletableFuture.supplyAsync(() -> route(hop.uri()), HttpRequests.executor());
        current = routed;
        routed.thenCompose(route -> {
            long remaining = remainingMillis();
            if (remaining <= 0) {
                throw new CompletionException(new HttpTimeoutException("request timed out"));
            }
            HttpClient client = HttpRequests.client().current();
            CompletableFuture<HttpResponse<byte[]>> sent = client.sendAsync(
                    HttpRequests.build(route, hop.method(), hop.headers(), hop.body(), remaining),
                    info -> new LimitedBody(info, maxBytes, budget));
            sent.whenComplete((answer, failure) -> {
                if (failure != null) {
                    HttpRequests.client().failed(client, failure);
                }
            });
            current = sent;
            if (result.isDone()) {
                sent.cancel(true);
            }
            return sent;
        }).whenComplete((response, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            Redirects.Hop next = Redirects.next(hop, response.statusCode(),
                    response.headers().firstValue("location").orElse(null));
            if (next == null) {
                result.complete(new Outcome(response, hop.uri(), redirects > 0));
            } else if (redirects >= MAX_REDIRECTS) {
                result.completeExceptionally(new TooManyRedirects());
            } else {
                hop(next, redirects + 1);
            }
        });
    }

    private Route route(URI uri) {
        try {
            return guard.route(uri);
        } catch (EgressRefused | UnknownHostException e) {
            throw new CompletionException(e);
        }
    }

    private long remainingMillis() {
        if (timeoutMillis == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return timeoutMillis - (System.nanoTime() - started) / 1_000_000;
    }
}
