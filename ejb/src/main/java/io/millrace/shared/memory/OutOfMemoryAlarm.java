package io.millrace.shared.memory;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Raised, for good, when an {@code OutOfMemoryError} reaches one of the server's own threads: a worker,
 * a webhook or HTTP client thread, any thread that dies of it. Such an error can strike any allocation on
 * any thread, so work that thread was doing may be lost: readiness goes DOWN with the reason, and stays DOWN
 * until the server is restarted. A step the runtime stops for its memory does not raise it (its error is its
 * own: "Out of Memory"), but a JVM {@code OutOfMemoryError} in a step's thread does: the heap ran out, and
 * whatever else that thread or others were doing then (loading a class under a lock that is never released,
 * say) may be broken.
 *
 * <p>One alarm for the whole JVM, as the heap is. {@link #watchThreads()} also catches the errors of
 * threads that die of one, whichever code started them.
 */
public final class OutOfMemoryAlarm {

    private static final Logger LOG = Logger.getLogger(OutOfMemoryAlarm.class.getName());
    private static final AtomicReference<String> FIRST = new AtomicReference<>();
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final AtomicReference<Thread.UncaughtExceptionHandler> INSTALLED = new AtomicReference<>();

    private OutOfMemoryAlarm() {
    }

    /** True when {@code error}, or one of its causes, is an {@code OutOfMemoryError}. */
    public static boolean isOutOfMemory(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /**
     * Raises the alarm if {@code error} is (or was caused by) an {@code OutOfMemoryError}, saying where:
     * {@code where} names what the thread was doing. Returns whether it did.
     */
    public static boolean check(String where, Throwable error) {
        if (!isOutOfMemory(error)) {
            return false;
        }
        raise(where);
        return true;
    }

    /** Raises the alarm for an {@code OutOfMemoryError} that reached {@code where} (seen, not caught here). */
    public static void raise(String where) {
        String reason = "an OutOfMemoryError reached " + where + " (thread " + Thread.currentThread().getName()
                + ") at " + Instant.now() + "; work in progress may have been lost: restart the server";
        COUNT.incrementAndGet();
        if (FIRST.compareAndSet(null, reason)) {
            LOG.severe(reason);
        } else {
            LOG.log(Level.WARNING, "another OutOfMemoryError reached {0}", where);
        }
    }

    /** Why the server is not ready, or null while no {@code OutOfMemoryError} reached a server thread. */
    public static String reason() {
        return FIRST.get();
    }

    /** How many times the alarm was raised since the server started. */
    public static int count() {
        return COUNT.get();
    }

    /**
     * Watches every thread that dies of an uncaught error (the JVM's default handler), passing each error on
     * to the handler that was there before. Installing twice installs once.
     */
    public static void watchThreads() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        if (previous != null && previous == INSTALLED.get()) {
            return;
        }
        Thread.UncaughtExceptionHandler handler = (thread, error) -> {
            check("a thread that died of it, " + thread.getName(), error);
            if (previous != null) {
                previous.uncaughtException(thread, error);
            } else {
                LOG.log(Level.SEVERE, "thread " + thread.getName() + " died", error);
            }
        };
        INSTALLED.set(handler);
        Thread.setDefaultUncaughtExceptionHandler(handler);
    }

    /** Lowers the alarm: for tests, which share the JVM. */
    static void reset() {
        FIRST.set(null);
        COUNT.set(0);
    }
}
