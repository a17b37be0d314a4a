package io.millrace.runtime.graal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;

/**
 * A sandboxed context, used for one run, that is cancelled ({@code close(true)}) from the scheduler's thread
 * when its deadline passes, which makes the running guest code throw a cancelled
 * {@code PolyglotException} and frees the calling thread.
 */
final class GuardedContext implements AutoCloseable {

    private final Context context;
    private final ScheduledFuture<?> killer;
    private volatile boolean timedOut;

    /** Guards {@code context} (fresh, or prepared by the {@link ContextPool}), closing it when done. */
    GuardedContext(Context context, ScheduledExecutorService scheduler, Instant deadline) {
        this.context = context;
        long delay = millisUntil(deadline);
        this.killer = delay == Long.MAX_VALUE ? null : scheduler.schedule(this::kill, delay, TimeUnit.MILLISECONDS);
    }

    Context context() {
        return context;
    }

    /** True once the deadline passed and the context was cancelled. */
    boolean timedOut() {
        return timedOut;
    }

    private void kill() {
        timedOut = true;
        try {
            context.close(true);
        } catch (RuntimeException alreadyClosing) {
            // the run finished or is closing the context itself
        }
    }

    @Override
    public void close() {
        if (killer != null) {
            killer.cancel(false);
        }
        try {
            context.close();
        } catch (RuntimeException e) {
            // cancelled contexts throw on close; make sure it is gone either way
            try {
                context.close(true);
            } catch (RuntimeException ignored) {
                // already closed
            }
        }
    }

    /** Milliseconds from now to {@code deadline}: 0 when past, Long.MAX_VALUE when null or far away. */
    static long millisUntil(Instant deadline) {
        if (deadline == null) {
            return Long.MAX_VALUE;
        }
        try {
            return Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
        } catch (ArithmeticException farAway) {
            return Long.MAX_VALUE;
        }
    }
}
