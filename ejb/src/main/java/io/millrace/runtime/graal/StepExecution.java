package io.millrace.runtime.graal;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

import io.millrace.runtime.StepError;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.graal.host.Deadlines;
import io.millrace.runtime.graal.host.EventLoop;
import io.millrace.runtime.graal.host.HostFiles;
import io.millrace.runtime.graal.host.RunExtras;
import io.millrace.runtime.graal.modules.Packages;
import io.millrace.shared.memory.OutOfMemoryAlarm;

/**
 * One run of one step: takes a context with the bootstrap installed (see {@link ContextPool}),
 * guards it with the deadline, the {@link MemoryWatchdog} and the payload limit, evaluates the step's
 * code, starts the driver (which resolves the props, calls {@code run} and settles through the
 * {@link StepHost}), then runs the {@link EventLoop} until {@code run}'s promise settled (and, after a
 * success, the step's {@code $.send.http} requests were delivered), can no longer settle, or the run is
 * stopped. HTTP requests still going are cancelled after; the context is closed, unless its lease keeps
 * it for the next step of the same execution (a {@link GraalStepSession}) and the run left it intact.
 */
final class StepExecution {

    /**
     * Starts a run in its prepared context: evaluates the code and calls the bootstrap's driver, which
     * settles the run through the host. Steps call the driver's {@code run}; sources (see
     * {@link GraalComponentRuntime}) their own.
     */
    @FunctionalInterface
    interface Start {
        void start(Context context, Value driver, StepHost host);
    }

    static final String NEVER_SETTLES = "run() did not finish: it is awaiting a promise that can never settle";
    static final String OUT_OF_MEMORY = StepErrors.OUT_OF_MEMORY;

    /** Where the run's context comes from and goes to. */
    interface Lease {
        ContextPool.Prepared take();

        /** True when the context is kept for a later run, so the run must not close it. */
        boolean keeps();

        /** The run is over; {@code intact}: its context was not stopped and may serve the next step of its session. */
        void release(ContextPool.Prepared prepared, boolean intact);
    }

    private final Lease contexts;
    private final ScheduledExecutorService scheduler;
    private final StepInvocation invocation;
    private final StepListener listener;
    private final RuntimeLimits limits;
    private final MemoryWatchdog watchdog;
    private final String stepName;
    private final Packages packages;
    private final Start start;
    private final RunExtras extras;
    private StepHost host;
    private volatile String memoryMessage;

    /** A run started by {@code start} (null: the step's own), able to do what {@code extras} allow (null: a step's). */
    StepExecution(Lease contexts, ScheduledExecutorService scheduler, StepInvocation invocation,
                  StepListener listener, RuntimeLimits limits, MemoryWatchdog watchdog, Packages packages,
                  Start start, RunExtras extras) {
        this.start = start == null ? this::startStep : start;
        this.extras = extras == null ? RunExtras.forStep(invocation) : extras;
        this.packages = packages == null ? Packages.NONE : packages;
        this.contexts = contexts;
        this.scheduler = scheduler;
        this.invocation = invocation;
        this.listener = listener;
        this.limits = limits;
        this.watchdog = watchdog;
        this.stepName = Sandbox.sourceName(invocation.stepName());
    }

    StepOutcome run() {
        if (Deadlines.millisUntil(invocation.deadline()) == 0) {
            return new StepOutcome(null, "{}", List.of(), null, true);
        }
        HostFiles files;
        try {
            files = invocation.tmpDir() == null ? HostFiles.none() : HostFiles.open(invocation.tmpDir(), limits.tmpDirCapBytes());
        } catch (IOException | RuntimeException e) {
            return new StepOutcome(null, "{}", List.of(), new StepError("InternalError",
                    "the step's /tmp directory cannot be used: " + e.getClass().getSimpleName(), null), false);
        }
        ContextPool.Prepared prepared = contexts.take();
        host = prepared.host();
        host.packages(packages);
        host.extras(extras);
        boolean intact = false;
        GuardedContext guarded = new GuardedContext(prepared.context(), scheduler, invocation.deadline(), !contexts.keeps());
        try (guarded;
             MemoryWatchdog.Watch watch = watchdog.watch(message -> {
                 memoryMessage = message;
                 guarded.stop(GuardedContext.StopReason.OUT_OF_MEMORY);
             })) {
            guarded.onStop(host.loop()::stop);
            host.bind(stepName, listener, new RunScope(invocation.env(), invocation.deadline(),
                    invocation.effectivePayloadBudget(), files, true, limits.maxResponseBytes(),
                    () -> guarded.stopSoon(GuardedContext.StopReason.PAYLOAD_LIMIT)));
            try {
                StepOutcome outcome = drive(guarded, prepared.driver());
                intact = guarded.stopReason() == null;
                return outcome;
            } catch (PolyglotException e) {
                if (e.isCancelled() || guarded.stopReason() != null) {
                    return stopped(guarded);
                }
                if (StepErrors.isOutOfMemory(e)) {
                    host.failOver(StepErrors.ranOut());
                } else if (e.isHostException() && e.asHostException() instanceof PayloadLimitExceeded) {
                    return host.outcome(false); // the host failed the run already
                } else {
                    intact = e.isGuestException() && !e.isInternalError();
                    host.fail(StepErrors.of(e, stepName));
                }
            } catch (IllegalStateException e) {
                // the context was closed under us: only a stop does that
                if (guarded.stopReason() == null) {
                    throw e;
                }
                return stopped(guarded);
            } catch (OutOfMemoryError e) {
                OutOfMemoryAlarm.check("a step's thread", e);
                host.failOver(StepErrors.outOfMemory("the server ran out of memory while the step ran, and the step was stopped."));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                host.fail(new StepError("Error", "the step was interrupted", "Error: the step was interrupted"));
            }
        } finally {
            host.cancelPending();
            contexts.release(prepared, intact && guarded.stopReason() == null);
        }
        return host.outcome(false);
    }

    private void startStep(Context context, Value driver, StepHost stepHost) {
        Value namespace = StepLoader.evaluate(context, driver, stepName, invocation.code(), packages);
        Instant deadline = invocation.deadline();
        driver.invokeMember("run", namespace, invocation.propsJson(), invocation.stepsJson(),
                deadline == null ? null : (double) deadline.toEpochMilli(), stepHost.envJson(),
                invocation.run().stepRunId(), invocation.run().runs(), invocation.run().rerunJson());
    }

    private StepOutcome drive(GuardedContext guarded, Value driver) throws InterruptedException {
        start.start(guarded.context(), driver, host);
        Instant deadline = invocation.deadline();
        EventLoop.Result result = host.loop().runUntil(host::finished, Deadlines.millisUntil(deadline));
        if (result == EventLoop.Result.DEADLINE) {
            // a step that settled was only delivering its $.send.http requests: it did not time out
            return host.outcome(!host.settled());
        }
        if (result == EventLoop.Result.STOPPED) {
            return stopped(guarded);
        }
        if (result == EventLoop.Result.IDLE) {
            host.fail(new StepError("Error", NEVER_SETTLES, "Error: " + NEVER_SETTLES));
        }
        return host.outcome(false);
    }

    /** The outcome of a run whose context was cancelled, by the reason it was. */
    private StepOutcome stopped(GuardedContext guarded) {
        GuardedContext.StopReason reason = guarded.stopReason();
        if (reason == GuardedContext.StopReason.OUT_OF_MEMORY) {
            host.failOver(StepErrors.outOfMemory(memoryMessage));
            return host.outcome(false);
        }
        if (reason == GuardedContext.StopReason.PAYLOAD_LIMIT) {
            return host.outcome(false); // the host failed the run when it stopped it
        }
        return host.outcome(!host.settled());
    }

}
