package io.millrace.application.identity;

import java.time.Duration;

/**
 * Credentials from this address failed too often: it must wait {@link #retryAfterSeconds} before its next
 * credential is checked ({@link CredentialThrottle}). Answered 429 with {@code Retry-After}.
 */
public class TooManyFailuresException extends RuntimeException {
    private final long retryAfterSeconds;

    public TooManyFailuresException(Duration wait) {
        super(message(CredentialThrottle.seconds(wait)));
        this.retryAfterSeconds = CredentialThrottle.seconds(wait);
    }

    /** A refusal that says {@code reason} and how long to wait. */
    public TooManyFailuresException(Duration wait, String reason) {
        super(reason + ": retry after " + CredentialThrottle.seconds(wait)
                + (CredentialThrottle.seconds(wait) == 1 ? " second" : " seconds"));
        this.retryAfterSeconds = CredentialThrottle.seconds(wait);
    }

    /** What the refusal says. */
    public static String message(long seconds) {
        return "too many failed credentials from your address: retry after " + seconds
                + (seconds == 1 ? " second" : " seconds");
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
