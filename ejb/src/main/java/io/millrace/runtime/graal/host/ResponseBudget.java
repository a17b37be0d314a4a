package io.millrace.runtime.graal.host;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of response bodies one run's requests may hold at once while they are being received, on the
 * HTTP client's threads (where the memory watchdog, which watches the run's own thread, does not see them):
 * many requests at once share the limit of one.
 */
final class ResponseBudget {

    private final AtomicLong held = new AtomicLong();
    private final long limit;

    ResponseBudget(long limit) {
        this.limit = limit;
    }

    /** Takes {@code bytes} more; false (taking nothing) when that would hold more than the limit. */
    boolean take(long bytes) {
        long now = held.addAndGet(bytes);
        if (now > limit) {
            held.addAndGet(-bytes);
            return false;
        }
        return true;
    }

    /** Gives back {@code bytes} (a body that was delivered, refused or abandoned). */
    void release(long bytes) {
        held.addAndGet(-bytes);
    }

    long limit() {
        return limit;
    }

    long held() {
        return held.get();
    }
}
