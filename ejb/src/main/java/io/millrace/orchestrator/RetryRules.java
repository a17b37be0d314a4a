package io.millrace.orchestrator;

import java.util.Set;

/**
 * When a failed step is retried: at most {@code maxRetries} retries per execution, never after an error
 * named in {@code notRetried} (retrying cannot fix it), each after the {@code backoff}'s wait. Pure.
 */
public record RetryRules(int maxRetries, Set<String> notRetried, Backoff backoff) {
    public static final int MAX_RETRIES = 8;
    /** Timeouts, out-of-memory and payload-limit errors, and Millrace's own failures. */
    public static final Set<String> NOT_RETRIED = Set.of("TIMEOUT", "Out of Memory",
            "Function Payload Limit Exceeded", "InternalError");

    public RetryRules {
        notRetried = Set.copyOf(notRetried);
    }

    /** Millrace's rules with a first wait of {@code baseSeconds}: the default 150 s spreads the 8 retries over about 10.6 hours. */
    public static RetryRules standard(double baseSeconds) {
        return new RetryRules(MAX_RETRIES, NOT_RETRIED, new Backoff(baseSeconds));
    }

    /** Whether a step that failed with {@code errorName}, after {@code retriesDone} retries, is retried. */
    public boolean retries(String errorName, int retriesDone) {
        return retriesDone < maxRetries && !notRetried.contains(errorName);
    }

    /** How long to wait before retry number {@code retry} (1-based). */
    public long delayMillis(int retry) {
        return backoff.delayMillis(retry);
    }
}
