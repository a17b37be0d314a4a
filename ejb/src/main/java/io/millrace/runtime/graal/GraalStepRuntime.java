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
 * cached across them); every run gets a fresh sandboxed context that is cancelled at the
 * invocation's deadline. Thread-safe. Close it to release the engine.
 *
 * <p>{@link #validate} reports every problem as a {@link StepSyntaxException}: code that does not
 * parse (with the line and column), a module whose top level throws (located at its first frame in
 * the step), and a module whose default export has no {@code run} method (line 1, column 1).
 */
public final class GraalStepRuntime implements StepRuntime, AutoCloseable {

    /** How long a module's top-level code may run during {@link #validate}. */
    public static final Duration VALIDATE_TIMEOUT = Duration.ofSeconds(5);

    private final Engine engine;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;

    /** Creates the engine and a private daemon thread that enforces deadlines. */
    public GraalStepRuntime() {
        this(newScheduler(), true);
    }

    /**
     * Creates the engine; deadlines are enforced with tasks on {@code scheduler} (e.g. a managed
     * scheduled executor), which this runtime does not shut down.
     */
    public GraalStepRuntime(ScheduledExecutorService scheduler) {
        this(Objects.requireNonNull(scheduler, "scheduler"), false);
    }

    private GraalStepRuntime(ScheduledExecutorService scheduler, boolean ownsScheduler) {
        this.scheduler = scheduler;
        this.ownsScheduler = ownsScheduler;
        this.engine = Sandbox.newEngine();
    }

    @Override
    public void validate(String stepName, String code) {
        Instant deadline = Instant.now().plus(VALIDATE_TIMEOUT);
        try (GuardedContext guarded = new GuardedContext(engine, scheduler, deadline)) {
            StepHost host = new StepHost(Sandbox.sourceName(stepName), StepListener.NONE, new EventLoop());
            Value driver = guarded.context().eval(Sandbox.BOOTSTRAP).execute(host.bridge());
            Value module;
            try {
                module = guarded.context().eval(Sandbox.module(stepName, code));
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
        return new StepExecution(engine, scheduler, invocation, listener).run();
    }

    /** Closes the engine, cancelling runs still going, and stops the deadline thread if it is ours. */
    @Override
    public void close() {
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
