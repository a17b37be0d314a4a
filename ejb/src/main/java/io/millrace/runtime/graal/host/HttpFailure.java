package io.millrace.runtime.graal.host;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

import javax.net.ssl.SSLException;

import io.millrace.shared.egress.EgressRefused;

/**
 * A request that failed, as fetch and axios report it: {@code code} is Node-like (ECONNREFUSED, ...),
 * the message says what happened. A request the egress policy refused fails with
 * {@code ERR_MILLRACE_EGRESS} and a message that names the policy.
 */
record HttpFailure(String code, String message) {

    /** The failure of a request to {@code uri} that completed with {@code error}. */
    static HttpFailure of(Throwable error, URI uri, long timeoutMillis) {
        Throwable e = error;
        while ((e instanceof CompletionException || e.getClass() == IOException.class) && e.getCause() != null) {
            e = e.getCause();
        }
        String where = uri.getHost() + ":" + (uri.getPort() != -1 ? uri.getPort()
                : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80);
        if (e instanceof EgressRefused) {
            return new HttpFailure("ERR_MILLRACE_EGRESS", e.getMessage());
        }
        if (e instanceof HttpExchange.TooManyRedirects) {
            return new HttpFailure("ERR_FR_TOO_MANY_REDIRECTS", e.getMessage());
        }
        if (e instanceof LimitedBody.TooLarge) {
            return new HttpFailure("ERR_BAD_RESPONSE", e.getMessage());
        }
        if (e instanceof HttpConnectTimeoutException) {
            return new HttpFailure("ETIMEDOUT", "connect ETIMEDOUT " + where);
        }
        if (e instanceof HttpTimeoutException) {
            return timedOut(timeoutMillis);
        }
        if (e instanceof ConnectException) {
            Throwable cause = e.getCause();
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return new HttpFailure("ENOTFOUND", "getaddrinfo ENOTFOUND " + uri.getHost());
            }
            return new HttpFailure("ECONNREFUSED", "connect ECONNREFUSED " + where);
        }
        if (e instanceof UnresolvedAddressException || e instanceof UnknownHostException) {
            return new HttpFailure("ENOTFOUND", "getaddrinfo ENOTFOUND " + uri.getHost());
        }
        if (e instanceof SSLException) {
            return new HttpFailure("EPROTO", "TLS failed: " + e.getMessage());
        }
        if (e instanceof CancellationException) {
            return new HttpFailure("ERR_CANCELED", "canceled");
        }
        if (e instanceof IOException) {
            return new HttpFailure("ECONNRESET", "socket hang up" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
        return new HttpFailure("ERR_NETWORK", "request failed: " + e.getClass().getSimpleName());
    }

    /** A request that ran out of time: its own timeout, or (0) the execution's time limit. */
    static HttpFailure timedOut(long timeoutMillis) {
        return new HttpFailure("ECONNABORTED", timeoutMillis > 0 ? "timeout of " + timeoutMillis + "ms exceeded"
                : "the request did not finish before the execution's time limit");
    }
}
