package io.millrace.orchestrator;

/**
 * Exponential backoff, the one policy for retries of failed steps and of webhook deliveries: the wait
 * before attempt {@code n + 1} after attempt {@code n} failed is {@code base × 2^(n−1)} (the exponent is
 * capped at 20, so the wait never overflows). Pure.
 *
 * @param baseSeconds the first wait, in seconds
 */
public record Backoff(double baseSeconds) {

    public Backoff {
        if (!(baseSeconds >= 0)) {
            throw new IllegalArgumentException("the base of a backoff must be zero or more seconds: " + baseSeconds);
        }
    }

    /** The wait after the {@code n}th failed attempt (1-based), in milliseconds. */
    public long delayMillis(int n) {
        return Math.round(baseSeconds * 1000 * Math.pow(2, Math.min(Math.max(n, 1) - 1, 20)));
    }
}
