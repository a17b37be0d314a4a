package io.millrace.runtime.graal;

import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.StepRuntime;

/**
 * The steps of one execution in one context: the first step takes a prepared context from the
 * {@link ContextPool}, and each later step runs in the same context after the driver's
 * {@code next()} and {@link StepHost#nextRun()} reset what belongs to one step ({@code $}, exports,
 * logs, the event loop, CommonJS globals). Globals a step sets stay visible to the later steps of the
 * same execution, as in the Node.js process of a Pipedream execution; no other execution ever sees
 * the context. A step that was stopped (deadline, memory, payload limit) or broke the context leaves
 * it closed, and the next step takes a fresh one. Saves creating a context per step, most of the
 * cost of a trivial step.
 */
final class GraalStepSession implements StepRuntime.Session, StepExecution.Lease {
    private final ContextPool pool;
    private final Runner runner;
    private ContextPool.Prepared current;
    private boolean used;

    /** Runs one step with its context from a lease. */
    interface Runner {
        StepOutcome run(StepExecution.Lease lease, StepInvocation invocation, StepListener listener);
    }

    GraalStepSession(ContextPool pool, Runner runner) {
        this.pool = pool;
        this.runner = runner;
    }

    @Override
    public StepOutcome run(StepInvocation invocation, StepListener listener) {
        return runner.run(this, invocation, listener);
    }

    @Override
    public ContextPool.Prepared take() {
        if (current == null) {
            current = pool.take();
            used = false;
        }
        if (used) {
            current.host().nextRun();
            current.driver().invokeMember("next");
        }
        used = true;
        return current;
    }

    @Override
    public boolean keeps() {
        return true;
    }

    @Override
    public void release(ContextPool.Prepared prepared, boolean intact) {
        if (!intact) {
            close();
        }
    }

    @Override
    public void close() {
        ContextPool.Prepared closing = current;
        current = null;
        if (closing != null) {
            try {
                closing.context().close(true);
            } catch (RuntimeException ignored) {
                // already closed by a stop
            }
        }
    }
}
