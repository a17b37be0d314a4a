package io.millrace.runtime.graal;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

import io.millrace.runtime.StepError;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;

/**
 * One run of one step: evaluates the bootstrap and the step's module in a fresh guarded context,
 * starts the driver (which calls {@code run} and settles through the {@link StepHost}), then runs
 * the {@link EventLoop} until {@code run}'s promise settled, can no longer settle, or time is up.
 */
final class StepExecution {

    static final String NEVER_SETTLES = "run() did not finish: it is awaiting a promise that can never settle";

    private final Engine engine;
    private final ScheduledExecutorService scheduler;
    private final StepInvocation invocation;
    private final String stepName;
    private final EventLoop loop = new EventLoop();
    private final StepHost host;

    StepExecution(Engine engine, ScheduledExecutorService scheduler, StepInvocation invocation, StepListener listener) {
        this.engine = engine;
        this.scheduler = scheduler;
        this.invocation = invocation;
        this.stepName = Sandbox.sourceName(invocation.stepName());
        this.host = new StepHost(stepName, listener, loop);
    }

    StepOutcome run() {
        if (GuardedContext.millisUntil(invocation.deadline()) == 0) {
            return new StepOutcome(null, "{}", List.of(), null, true);
        }
        try (GuardedContext guarded = new GuardedContext(engine, scheduler, invocation.deadline())) {
            try {
                return drive(guarded.context());
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

    private StepOutcome drive(Context context) throws InterruptedException {
        Value driver = context.eval(Sandbox.BOOTSTRAP).execute(host.bridge());
        Value module = context.eval(Sandbox.module(stepName, invocation.code()));
        driver.invokeMember("run", module, invocation.propsJson(), invocation.stepsJson());
        EventLoop.Result result = loop.runUntil(host::settled, GuardedContext.millisUntil(invocation.deadline()));
        if (result == EventLoop.Result.DEADLINE) {
            return host.outcome(true);
        }
        if (result == EventLoop.Result.IDLE) {
            host.fail(new StepError("Error", NEVER_SETTLES, "Error: " + NEVER_SETTLES));
        }
        return host.outcome(false);
    }
}
