package io.millrace.runtime.graal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.StepRuntime;
import io.millrace.runtime.StepSyntaxException;

/**
 * Runs steps with GraalJS. One polyglot {@link Engine} is shared by all runs (so parsed code is
 * cached across them); every run gets its own sandboxed context, used for that run only and
 * cancelled at the invocation's deadline. Contexts are prepared ahead (bootstrap installed) by a
 * {@link ContextPool} on the scheduler's thread. Thread-safe. Close it to release the engine.
 *
 * <p>{@link #validate} reports every problem as a {@link StepSyntaxException}: code that does not
 * parse (with the line and column), a module whose top level throws (located at its first frame in
 * the step), and a module whose default export has no {@code run} method (line 1, column 1).
 *
 * <p>{@link RuntimeLimits} bound what a run may use: its {@code /tmp} files, its HTTP responses and,
 * through a {@link MemoryWatchdog} sampling on the scheduler, its memory (a step over the limit fails
 * with "Out of Memory"). The payload limit comes with each {@link StepInvocation}.
 */
public final class GraalStepRuntime implements StepRuntime, AutoCloseable {

    /** How long a module's top-level code may run during {@link #validate}. */
    public static final Duration VALIDATE_TIMEOUT = Duration.ofSeconds(5);

    /** How many prepared contexts are kept ready by default. */
    public static final int DEFAULT_PREPARED_CONTEXTS = 4;

    private final Engine engine;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final ContextPool contexts;
    private final RuntimeLimits limits;
    private final MemoryWatchdog watchdog;

    /** Creates the engine and a private daemon thread that enforces deadlines and prepares contexts. */
    public GraalStepRuntime() {
        this(RuntimeLimits.DEFAULTS);
    }

    /** As {@link #GraalStepRuntime()}, with these limits. */
    public GraalStepRuntime(RuntimeLimits limits) {
        this(newScheduler(), true, DEFAULT_PREPARED_CONTEXTS, limits);
    }

    /**
     * Creates the engine; deadlines are enforced, and contexts prepared, with tasks on
     * {@code scheduler} (e.g. a managed scheduled executor), which this runtime does not shut down.
     */
    public GraalStepRuntime(ScheduledExecutorService scheduler) {
        this(scheduler, DEFAULT_PREPARED_CONTEXTS);
    }

    /** As {@link #GraalStepRuntime(ScheduledExecutorService)}, keeping {@code preparedContexts} ready (0: none). */
    public GraalStepRuntime(ScheduledExecutorService scheduler, int preparedContexts) {
        this(scheduler, preparedContexts, RuntimeLimits.DEFAULTS);
    }

    /** As {@link #GraalStepRuntime(ScheduledExecutorService, int)}, with these limits. */
    public GraalStepRuntime(ScheduledExecutorService scheduler, int preparedContexts, RuntimeLimits limits) {
        this(Objects.requireNonNull(scheduler, "scheduler"), false, preparedContexts, limits);
    }

    private GraalStepRuntime(ScheduledExecutorService scheduler, boolean ownsScheduler, int preparedContexts,
                             RuntimeLimits limits) {
        this.scheduler = scheduler;
        this.ownsScheduler = ownsScheduler;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.engine = Sandbox.newEngine();
        this.contexts = new ContextPool(engine, scheduler, preparedContexts);
        this.watchdog = new MemoryWatchdog(scheduler, limits.stepAllocationLimitBytes(), limits.heapUsedFraction());
    }

    /** The limits this runtime enforces. */
    public RuntimeLimits limits() {
        return limits;
    }

    @Override
    public void validate(String stepName, String code) {
        Instant deadline = Instant.now().plus(VALIDATE_TIMEOUT);
        ContextPool.Prepared prepared = contexts.take();
        prepared.host().bind(Sandbox.sourceName(stepName), StepListener.NONE);
        try (GuardedContext guarded = new GuardedContext(prepared.context(), scheduler, deadline)) {
            Value driver = prepared.driver();
            Value module;
            try {
                module = StepLoader.evaluate(guarded.context(), driver, stepName, code);
            } catch (PolyglotException e) {
                if (e.isCancelled() || guarded.timedOut()) {
                    throw new StepSyntaxException(stepName,
                            "the module's top-level code ran longer than " + VALIDATE_TIMEOUT.toSeconds() + " s", 1, 1);
                }
                throw StepErrors.syntax(e, stepName);
            }
            Value problem = driver.invokeMember("check", module);
            if (!problem.isNull()) {
                throw new StepSyntaxException(stepName, problem.asString(), 1, 1);
            }
        }
    }

    @Override
    public StepOutcome run(StepInvocation invocation, StepListener listener) {
        Objects.requireNonNull(invocation, "invocation");
        return new StepExecution(contexts, scheduler, invocation, listener, limits, watchdog).run();
    }

    /** Closes the engine, cancelling runs still going, and stops the deadline thread if it is ours. */
    @Override
    public void close() {
        watchdog.close();
        contexts.close();
        try {
            engine.close(true);
        } finally {
            if (ownsScheduler) {
                scheduler.shutdownNow();
            }
        }
    }

    private static ScheduledExecutorService newScheduler() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "millrace-step-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
