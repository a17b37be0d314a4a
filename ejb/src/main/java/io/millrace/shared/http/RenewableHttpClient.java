package io.millrace.shared.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Logger;

import io.millrace.shared.memory.OutOfMemoryAlarm;

/**
 * A JDK {@link HttpClient} that is replaced by a new one when it breaks. The JDK client runs every exchange
 * through one selector thread; when that thread dies (of an {@code OutOfMemoryError}, say), the client's
 * requests never complete, and even their timeouts, which the same thread enforces, never fire. So each
 * request here also waits at most a hard time limit of its own, and a request that outlives it, or fails
 * with an {@code OutOfMemoryError} or because the client shut down, has the client replaced for the
 * requests after it.
 */
public final class RenewableHttpClient {

    private static final Logger LOG = Logger.getLogger(RenewableHttpClient.class.getName());

    private final String name;
    private final Supplier<HttpClient> factory;
    private volatile HttpClient client;
    private volatile int renewals;

    /** A client named {@code name} (in logs and the memory alarm), made, and remade, by {@code factory}. */
    public RenewableHttpClient(String name, Supplier<HttpClient> factory) {
        this.name = name;
        this.factory = factory;
        this.client = factory.get();
    }

    /** The client to use now. */
    public HttpClient current() {
        return client;
    }

    /** How many times the client was replaced. */
    public int renewals() {
        return renewals;
    }

    /**
     * Sends {@code request} and waits for its answer at most {@code hardLimit} (which should exceed the
     * request's own timeout); past it the request is cancelled and the client renewed.
     *
     * @throws HttpTimeoutException when no answer came within {@code hardLimit}
     * @throws IOException          when the request failed
     */
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, Duration hardLimit)
            throws IOException, InterruptedException {
        HttpClient used = client;
        CompletableFuture<HttpResponse<T>> answer;
        try {
            answer = used.sendAsync(request, handler);
        } catch (OutOfMemoryError e) {
            failed(used, e);
            throw new IOException("the server ran out of memory while sending the request", e);
        }
        try {
            return answer.get(hardLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            renew(used, "a request outlived its hard time limit of " + hardLimit.toSeconds() + " s");
            throw new HttpTimeoutException("no answer within " + hardLimit.toSeconds() + " s");
        } catch (CancellationException e) {
            throw new IOException("the request was cancelled", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            failed(used, cause);
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        }
    }

    /**
     * Looks at why a request on {@code used} failed, and renews the client if it is broken: an
     * {@code OutOfMemoryError} (which also raises the alarm), or the client's own shutdown.
     */
    public void failed(HttpClient used, Throwable error) {
        if (OutOfMemoryAlarm.check("the HTTP client " + name, error)) {
            renew(used, "an OutOfMemoryError");
        } else if (isShutDown(error)) {
            renew(used, "the client shut down");
        }
    }

    private static boolean isShutDown(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("selector manager closed") || message.contains("selectormanager closed")
                    || message.contains("http client is shut down") || message.contains("client is closed")) {
                return true;
            }
        }
        return false;
    }

    private synchronized void renew(HttpClient broken, String why) {
        if (client != broken) {
            return; // renewed already
        }
        client = factory.get();
        renewals++;
        LOG.warning("the HTTP client " + name + " was replaced: " + why);
    }
}
