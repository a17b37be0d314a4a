package io.millrace.application.connect;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sliding-window request counters: at most {@code limit} requests per key in any {@code windowMillis}. Each key keeps
 * the times of its last {@code limit} allowed requests; keys quiet for a whole window are dropped now and then.
 * Pure apart from its own memory (the time is passed in); thread-safe.
 */
public final class RateWindows {
    private final int limit;
    private final long windowMillis;
    private final Map<String, ArrayDeque<Long>> recent = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    public RateWindows(int limit, long windowMillis) {
        this.limit = limit;
        this.windowMillis = windowMillis;
    }

    /**
     * Counts a request of {@code key} at {@code nowMillis}.
     *
     * @return 0 when it is allowed, else the milliseconds until the oldest counted request leaves the window
     */
    public long take(String key, long nowMillis) {
        sweep(nowMillis);
        long[] wait = {0};
        recent.compute(key, (k, times) -> {
            ArrayDeque<Long> t = times == null ? new ArrayDeque<>() : times;
            while (!t.isEmpty() && t.peekFirst() <= nowMillis - windowMillis) {
                t.pollFirst();
            }
            if (t.size() >= limit) {
                wait[0] = Math.max(1, t.peekFirst() + windowMillis - nowMillis);
            } else {
                t.addLast(nowMillis);
            }
            return t;
        });
        return wait[0];
    }

    public int limit() {
        return limit;
    }

    private void sweep(long nowMillis) {
        if (nowMillis - lastSweep > windowMillis) {
            lastSweep = nowMillis;
            for (String key : recent.keySet()) {
                recent.computeIfPresent(key, (k, t) -> t.isEmpty() || t.peekLast() <= nowMillis - windowMillis ? null : t);
            }
        }
    }
}
