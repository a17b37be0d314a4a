package io.millrace.runtime.graal.host;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.graalvm.polyglot.Value;

/**
 * The event loop of one run. Promise jobs (microtasks) are drained by GraalJS itself whenever a
 * call from Java into JavaScript returns; this loop adds macrotasks: timers, and the completions of
 * host operations that run on other threads (HTTP requests). It runs the due timer callbacks, in
 * order, and the completions, as they arrive, on the calling thread until the awaited condition
 * holds, nothing is left that could make it hold, the deadline comes, or the run is stopped.
 * Only {@link #complete} and {@link #stop} may be called from other threads: one loop per run.
 */
public final class EventLoop {

    /** How {@link #runUntil} ended. */
    public enum Result {
        /** The condition holds. */
        DONE,
        /** The condition does not hold and no timer is pending: it never will. */
        IDLE,
        /** The deadline came first. */
        DEADLINE,
        /** {@link #stop} was called (the run's context is being cancelled). */
        STOPPED
    }

    /** Posted by {@link #stop} to wake a waiting loop; completes no operation. */
    private static final Runnable WAKE = () -> { };

    private record Timer(int id, long due, long seq, Value callback) {
    }

    private final PriorityQueue<Timer> timers =
            new PriorityQueue<>(Comparator.comparingLong(Timer::due).thenComparingLong(Timer::seq));
    private final BlockingQueue<Runnable> completions = new LinkedBlockingQueue<>();
    private int nextId = 1;
    private long seq;
    private int pending;
    private volatile boolean stopped;

    /** Schedules {@code callback} (a JavaScript function) to run after {@code delayMillis}; returns the timer id. */
    public int schedule(Value callback, long delayMillis) {
        int id = nextId++;
        long millis = delayMillis > Integer.MAX_VALUE ? 1 : Math.max(0, delayMillis); // as Node does
        long delay = TimeUnit.MILLISECONDS.toNanos(millis);
        timers.add(new Timer(id, System.nanoTime() + delay, seq++, callback));
        return id;
    }

    /** Cancels the timer {@code id}, if it is still pending. */
    public void cancel(int id) {
        timers.removeIf(timer -> timer.id() == id);
    }

    /**
     * Says, on the loop's thread, that an operation has started whose completion another thread will
     * {@link #complete}; until then the loop waits for it rather than report {@link Result#IDLE}.
     */
    public void begin() {
        pending++;
    }

    /** Any thread: ends an operation {@link #begin begun}, running {@code task} on the loop's thread. */
    public void complete(Runnable task) {
        completions.add(task);
    }

    /** Any thread: makes {@link #runUntil} return {@link Result#STOPPED} as soon as it can. */
    public void stop() {
        stopped = true;
        completions.add(WAKE);
    }

    /**
     * Runs timers and completions until {@code done} holds, for at most {@code millisLeft}
     * (Long.MAX_VALUE: no limit). A callback's exception propagates.
     */
    public Result runUntil(BooleanSupplier done, long millisLeft) throws InterruptedException {
        long deadline = millisLeft == Long.MAX_VALUE
                ? Long.MAX_VALUE : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millisLeft);
        while (!done.getAsBoolean()) {
            if (stopped) {
                return Result.STOPPED;
            }
            Runnable completion = completions.poll();
            if (completion != null) {
                run(completion);
                continue;
            }
            Timer next = timers.peek();
            if (next == null && pending == 0) {
                return Result.IDLE;
            }
            long now = System.nanoTime();
            if (next != null && next.due() - now <= 0) {
                timers.poll();
                next.callback().executeVoid();
                continue;
            }
            if (deadline != Long.MAX_VALUE && deadline - now <= 0) {
                return Result.DEADLINE;
            }
            long wait = next == null ? Long.MAX_VALUE : next.due() - now;
            if (deadline != Long.MAX_VALUE) {
                wait = Math.min(wait, deadline - now);
            }
            completion = wait == Long.MAX_VALUE ? completions.take() : completions.poll(wait, TimeUnit.NANOSECONDS);
            if (completion != null) {
                run(completion);
            }
        }
        return Result.DONE;
    }

    private void run(Runnable completion) {
        if (completion != WAKE) {
            pending--;
            completion.run();
        }
    }
}
