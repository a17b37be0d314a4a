package io.millrace.runtime.graal;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.graalvm.polyglot.Value;

/**
 * The event loop of one run. Promise jobs (microtasks) are drained by GraalJS itself whenever a
 * call from Java into JavaScript returns; this loop adds macrotasks, i.e. timers. It runs the due
 * timer callbacks, in order, on the calling thread until the awaited condition holds, nothing is
 * left that could make it hold, or the deadline comes. Not thread-safe: one loop per run.
 */
final class EventLoop {

    enum Result {
        /** The condition holds. */
        DONE,
        /** The condition does not hold and no timer is pending: it never will. */
        IDLE,
        /** The deadline came first. */
        DEADLINE
    }

    private record Timer(int id, long due, long seq, Value callback) {
    }

    private final PriorityQueue<Timer> timers =
            new PriorityQueue<>(Comparator.comparingLong(Timer::due).thenComparingLong(Timer::seq));
    private int nextId = 1;
    private long seq;

    /** Schedules {@code callback} (a JavaScript function) to run after {@code delayMillis}; returns the timer id. */
    int schedule(Value callback, long delayMillis) {
        int id = nextId++;
        long millis = delayMillis > Integer.MAX_VALUE ? 1 : Math.max(0, delayMillis); // as Node does
        long delay = TimeUnit.MILLISECONDS.toNanos(millis);
        timers.add(new Timer(id, System.nanoTime() + delay, seq++, callback));
        return id;
    }

    void cancel(int id) {
        timers.removeIf(timer -> timer.id() == id);
    }

    /** Runs timers until {@code done} holds, for at most {@code millisLeft} (Long.MAX_VALUE: no limit). A callback's exception propagates. */
    Result runUntil(BooleanSupplier done, long millisLeft) throws InterruptedException {
        long deadline = millisLeft == Long.MAX_VALUE
                ? Long.MAX_VALUE : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millisLeft);
        while (!done.getAsBoolean()) {
            Timer next = timers.peek();
            if (next == null) {
                return Result.IDLE;
            }
            long now = System.nanoTime();
            if (next.due() - now > 0) {
                if (deadline != Long.MAX_VALUE && deadline - next.due() <= 0) {
                    TimeUnit.NANOSECONDS.sleep(Math.max(0, deadline - now));
                    return Result.DEADLINE;
                }
                TimeUnit.NANOSECONDS.sleep(next.due() - now);
            }
            timers.poll();
            next.callback().executeVoid();
        }
        return Result.DONE;
    }
}
