package io.millrace.shared;

/**
 * Generates {@link EventId}s for one process: strictly increasing across all threads. Ids made
 * in the same millisecond get sequences 0, 1, 2, …; when the clock stands still or goes back, the
 * last millisecond is kept and only the sequence grows, so order and uniqueness never depend on the
 * clock. Uniqueness across several servers sharing a database is not guaranteed (the primary key
 * would reject a duplicate).
 */
public final class EventIds {
    private long lastMs = -1;
    private int seq;

    /** The next id, for an event indexed now ({@code nowMs}, epoch ms). */
    public synchronized EventId next(long nowMs) {
        if (nowMs > lastMs) {
            lastMs = nowMs;
            seq = 0;
        } else if (seq == Integer.MAX_VALUE) {
            lastMs++;
            seq = 0;
        } else {
            seq++;
        }
        return new EventId(lastMs, seq);
    }
}
