package io.millrace.application.connect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window request counters: at most {@code limit} requests per key in each window of {@code windowMillis}.
 * Pure apart from its own memory (the time is passed in); thread-safe. Windows that ended are dropped as new
 * ones start, so the map holds only the keys seen in the current and the previous window.
 */
public final class RateWindows {
    private final int limit;
    private final long windowMillis;
    private final Map<String, long[]> counters = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    public RateWindows(int limit, long windowMillis) {
        this.limit = limit;
        this.windowMillis = windowMillis;
    }

    /**
     * Counts a request of {@code key} at {@code nowMillis}.
     *
     * @return 0 when it is allowed, else the milliseconds until the key's window ends
     */
    public long take(String key, long nowMillis) {
        long window = nowMillis / windowMillis;
        sweep(window);
        long[] counter = counters.compute(key, (k, c) -> {
            if (c == null || c[0] != window) {
                return new long[] {window, 1};
            }
            c[1]++;
            return c;
        });
        return counter[1] <= limit ? 0 : (window + 1) * windowMillis - nowMillis;
    }

    public int limit() {
        return limit;
    }

    private void sweep(long window) {
        if (lastSweep != window) {
            lastSweep = window;
            counters.values().removeIf(c -> c[0] < window);
        }
    }
}
