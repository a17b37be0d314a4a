package io.millrace.domain.errors;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The seed's rule for error notifications: at most one per workflow and error name per 24 hours
 * (a different workflow, or a different error, is notified at once). In memory, per process.
 */
public final class NoticeThrottle {
    public static final Duration WINDOW = Duration.ofHours(24);
    private static final int PRUNE_ABOVE = 10_000;

    private final long windowMs;
    private final ConcurrentMap<String, Long> lastNotified = new ConcurrentHashMap<>();

    public NoticeThrottle() {
        this(WINDOW);
    }

    public NoticeThrottle(Duration window) {
        this.windowMs = window.toMillis();
    }

    /** True when this error should be notified now; remembers it as notified. */
    public boolean admit(String workflowId, String errorName, long nowMs) {
        if (lastNotified.size() > PRUNE_ABOVE) {
            lastNotified.values().removeIf(at -> nowMs - at >= windowMs);
        }
        String key = workflowId + '\u0000' + errorName;
        boolean[] admitted = {false};
        lastNotified.compute(key, (k, last) -> {
            if (last == null || nowMs - last >= windowMs) {
                admitted[0] = true;
                return nowMs;
            }
            return last;
        });
        return admitted[0];
    }
}
