package io.millrace.runtime.graal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

import io.millrace.runtime.StepError;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;

/**
 * One run of one step: takes a context with the bootstrap installed (see {@link ContextPool}),
 * guards it with the deadline, evaluates the step's code, starts the driver (which calls
 * {@code run} and settles through the {@link StepHost}), then runs the {@link EventLoop} until
 * {@code run}'s promise settled, can no longer settle, or time is up. The context is closed after.
 */
final class StepExecution {

    static final String NEVER_SETTLES = "run() did not finish: it is awaiting a promise that can never settle";

    private final ContextPool contexts;
    private final ScheduledExecutorService scheduler;
    private final StepInvocation invocation;
    private final StepListener listener;
    private final String stepName;
    private StepHost host;

    StepExecution(ContextPool contexts, ScheduledExecutorService scheduler, StepInvocation invocation,
                  StepListener listener) {
        this.contexts = contexts;
        this.scheduler = scheduler;
        this.invocation = invocation;
        this.listener = listener;
        this.stepName = Sandbox.sourceName(invocation.stepName());
    }

    StepOutcome run() {
        if (GuardedContext.millisUntil(invocation.deadline()) == 0) {
            return new StepOutcome(null, "{}", List.of(), null, true);
        }
        ContextPool.Prepared prepared = contexts.take();
        host = prepared.host();
        host.bind(stepName, listener);
        try (GuardedContext guarded = new GuardedContext(prepared.context(), scheduler, invocation.deadline())) {
            try {
                return drive(guarded, prepared.driver());
            } catch (PolyglotException e) {
                if (e.isCancelled() || guarded.timedOut()) {
                    return host.outcome(!host.settled());
                }
                host.fail(StepErrors.of(e, stepName));
            } catch (IllegalStateException e) {
                // the context was closed under us: only the deadline does that
                if (!guarded.timedOut()) {
                    throw e;
                }
                return host.outcome(!host.settled());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                host.fail(new StepError("Error", "the step was interrupted", "Error: the step was interrupted"));
            }
        }
        return host.outcome(false);
    }

    private StepOutcome drive(GuardedContext guarded, Value driver) throws InterruptedException {
        Value namespace = StepLoader.evaluate(guarded.context(), driver, stepName, invocation.code());
        Instant deadline = invocation.deadline();
        driver.invokeMember("run", namespace, invocation.propsJson(), invocation.stepsJson(),
                deadline == null ? null : (double) deadline.toEpochMilli());
        EventLoop.Result result = host.loop().runUntil(host::settled, GuardedContext.millisUntil(deadline));
        if (result == EventLoop.Result.DEADLINE) {
            return host.outcome(true);
        }
        if (result == EventLoop.Result.IDLE) {
            host.fail(new StepError("Error", NEVER_SETTLES, "Error: " + NEVER_SETTLES));
        }
        return host.outcome(false);
    }
}
