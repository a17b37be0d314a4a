package io.millrace.runtime.graal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;

import io.millrace.runtime.graal.modules.BuiltinModules;
import io.millrace.shared.egress.EgressGuard;

/**
 * Contexts with the bootstrap already installed, prepared ahead of the runs that take them.
 *
 * <p>A context is handed out once: the only code it has run before it is taken is bootstrap.js. The
 * taker uses it for one execution only and then closes it: a single run, validation or source run
 * closes it after itself, a {@link GraalStepSession} after the last step of its execution, so nothing
 * one execution does can reach another. Preparing a context (creating it, initialising its realm,
 * evaluating bootstrap.js) is most of the cost of a trivial step; it is done on the executor, off the
 * caller's thread, so that a run usually starts with a ready context. When none is ready the caller
 * prepares one itself.
 */
final class ContextPool implements AutoCloseable, StepExecution.Lease {

    /** A context, the host its bootstrap was installed with, and the bootstrap's driver. */
    record Prepared(Context context, StepHost host, Value driver) {
    }

    /** How long {@link #close()} waits for preparations that are running. */
    static final long CLOSE_WAIT_MILLIS = 10_000;

    private final Engine engine;
    private final Executor executor;
    private final int size;
    private final BlockingQueue<Prepared> ready;
    private final AtomicInteger preparing = new AtomicInteger();
    private volatile boolean closed;
    private final EgressGuard egress;
    private final long allocationCapBytes;
    private final HeapRoom room;

    /**
     * Keeps up to {@code size} prepared contexts (0: prepare each on the caller's thread when taken), whose
     * HTTP requests go where {@code egress} lets them and whose single allocations are at most
     * {@code allocationCapBytes}, and large ones only made when {@code room} has room for them.
     */
    ContextPool(Engine engine, Executor executor, int size, EgressGuard egress, long allocationCapBytes, HeapRoom room) {
        this.engine = engine;
        this.egress = egress;
        this.allocationCapBytes = allocationCapBytes;
        this.room = room;
        this.executor = executor;
        this.size = Math.max(0, size);
        this.ready = new ArrayBlockingQueue<>(Math.max(1, this.size));
        refill();
    }

    /** A prepared context for the caller alone; the caller closes it. */
    @Override
    public Prepared take() {
        Prepared prepared = ready.poll();
        refill();
        return prepared != null ? prepared : prepare(engine, egress, allocationCapBytes, room);
    }

    /** A run that takes its context straight from the pool (not through a session) closes it after itself. */
    @Override
    public boolean keeps() {
        return false;
    }

    @Override
    public void release(Prepared prepared, boolean intact) {
        // closed by the run
    }

    /** How many prepared contexts are ready to be taken. */
    int ready() {
        return ready.size();
    }

    /** A fresh context with the bootstrap installed. */
    static Prepared prepare(Engine engine, EgressGuard egress, long allocationCapBytes, HeapRoom room) {
        StepHost host = new StepHost(egress);
        Context context = Sandbox.newContext(engine, new BuiltinModules(host::packages), allocationCapBytes);
        try {
            return new Prepared(context, host, StepLoader.bootstrap(context, host, allocationCapBytes, room));
        } catch (RuntimeException e) {
            context.close(true);
            throw e;
        }
    }

    private void refill() {
        int count;
        while (!closed && (count = preparing.get()) + ready.size() < size) {
            if (preparing.compareAndSet(count, count + 1)) {
                try {
                    executor.execute(this::prepareOne);
                } catch (RejectedExecutionException e) {
                    preparing.decrementAndGet();
                    return;
                }
            }
        }
    }

    private void prepareOne() {
        try {
            Prepared prepared = prepare(engine, egress, allocationCapBytes, room);
            if (closed || !ready.offer(prepared)) {
                prepared.context().close();
            } else if (closed) {
                drain();
            }
        } catch (RuntimeException e) {
            // the engine is closing; a caller that finds no prepared context prepares one itself
        } finally {
            if (preparing.decrementAndGet() == 0) {
                synchronized (preparing) {
                    preparing.notifyAll();
                }
            }
        }
    }

    private void drain() {
        Prepared prepared;
        while ((prepared = ready.poll()) != null) {
            try {
                prepared.context().close();
            } catch (RuntimeException ignored) {
                // closing anyway
            }
        }
    }

    /**
     * Closes the contexts that are ready and stops preparing more. Preparations already running are
     * waited for (at most {@link #CLOSE_WAIT_MILLIS}), so the engine is not closed under a context that is
     * still being created on it: that can block the engine's close for good under heavy load.
     */
    @Override
    public void close() {
        closed = true;
        drain();
        long deadline = System.nanoTime() + CLOSE_WAIT_MILLIS * 1_000_000L;
        synchronized (preparing) {
            long left;
            while (preparing.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    preparing.wait(Math.max(1, left / 1_000_000L));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        drain();
    }
}
