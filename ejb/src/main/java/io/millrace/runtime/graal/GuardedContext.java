package io.millrace.runtime.graal;

import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;

import io.millrace.runtime.graal.host.Deadlines;
import io.millrace.shared.memory.OutOfMemoryAlarm;

/**
 * A sandboxed context guarded for one run (or one validation): cancelled ({@code close(true)}) from
 * another thread when the run's deadline passes, or when the run must be stopped for another reason (the
 * memory watchdog, the payload limit), which makes the running guest code throw a cancelled
 * {@code PolyglotException} and frees the calling thread. The first reason given is the one reported.
 * A context that is stopped is closed for good; otherwise it is closed after the run unless the caller
 * keeps it for the next step of the same execution.
 */
final class GuardedContext implements AutoCloseable {

    /** Why a run was stopped. */
    enum StopReason {
        DEADLINE,
        OUT_OF_MEMORY,
        PAYLOAD_LIMIT
    }

    /** Threads that cancel contexts (daemons, made as needed, gone after a minute idle). */
    private static final ExecutorService CLOSERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "millrace-step-stop");
        thread.setDaemon(true);
        return thread;
    });

    private final Context context;
    private final boolean closeWhenDone;
    private final ScheduledExecutorService scheduler;
    private final ScheduledFuture<?> killer;
    private volatile StopReason stopReason;
    private volatile Runnable onStop = () -> { };

    /** Guards {@code context} for one use (a validation), closing it when done. */
    GuardedContext(Context context, ScheduledExecutorService scheduler, Instant deadline) {
        this(context, scheduler, deadline, true);
    }

    /**
     * Guards {@code context} until {@link #close}, which closes it only when {@code closeWhenDone}; otherwise
     * the caller keeps it (a {@link GraalStepSession} runs its next step in it unless it was stopped).
     */
    GuardedContext(Context context, ScheduledExecutorService scheduler, Instant deadline, boolean closeWhenDone) {
        this.context = context;
        this.closeWhenDone = closeWhenDone;
        this.scheduler = scheduler;
        long delay = Deadlines.millisUntil(deadline);
        this.killer = delay == Long.MAX_VALUE ? null
                : scheduler.schedule(() -> stop(StopReason.DEADLINE), delay, TimeUnit.MILLISECONDS);
    }

    Context context() {
        return context;
    }

    /** Also runs {@code hook} (e.g. waking the run's event loop) when the run is stopped. */
    void onStop(Runnable hook) {
        this.onStop = hook;
    }

    /** True once the deadline passed and the context was cancelled. */
    boolean timedOut() {
        return stopReason == StopReason.DEADLINE;
    }

    /** Why the run was stopped, or null while it was not. */
    StopReason stopReason() {
        return stopReason;
    }

    /** Cancels the context now, from a thread other than the one running it. */
    void stop(StopReason reason) {
        synchronized (this) {
            if (stopReason != null) {
                return;
            }
            stopReason = reason;
        }
        try {
            onStop.run();
        } catch (RuntimeException ignored) {
            // the context is cancelled anyway
        }
        cancel(true);
    }

    /**
     * Cancels the context on a thread of {@link #CLOSERS}: cancelling waits until every thread has left the
     * context, and a thread held in host code (a lock a broken class loader never releases, say) would
     * otherwise hold the scheduler, and with it every deadline and memory check, for good.
     */
    private void cancel(boolean retry) {
        try {
            CLOSERS.execute(() -> close(retry));
        } catch (RejectedExecutionException | OutOfMemoryError e) {
            close(retry);
        }
    }

    private void close(boolean retry) {
        try {
            context.close(true);
        } catch (RuntimeException alreadyClosing) {
            // the run finished or is closing the context itself
        } catch (OutOfMemoryError e) {
            OutOfMemoryAlarm.check("the step runtime, cancelling a step", e);
            if (retry) {
                try {
                    scheduler.schedule(() -> cancel(false), 50, TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException shutDown) {
                    // the runtime is closing its contexts anyway
                }
            }
        }
    }

    /** Cancels the context soon, from the scheduler's thread: for the thread running the context itself. */
    void stopSoon(StopReason reason) {
        Executor executor = scheduler;
        try {
            executor.execute(() -> stop(reason));
        } catch (RejectedExecutionException e) {
            Thread thread = new Thread(() -> stop(reason), "millrace-step-stop");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public void close() {
        if (killer != null) {
            killer.cancel(false);
        }
        if (!closeWhenDone) {
            return;
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
}
