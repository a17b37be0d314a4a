package io.millrace.runtime.graal;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.graalvm.polyglot.Engine;

import io.millrace.runtime.StepError;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.StepRuntime;
import io.millrace.runtime.StepSyntaxException;
import io.millrace.runtime.npm.PackageException;
import io.millrace.runtime.npm.PackageResolver;
import io.millrace.runtime.npm.Specifier;

/**
 * Runs steps with GraalJS. One polyglot {@link Engine} is shared by all runs (so parsed code is
 * cached across them); every run gets its own sandboxed context, used for that run only and
 * cancelled at the invocation's deadline. Contexts are prepared ahead (bootstrap installed) by a
 * {@link ContextPool} on the scheduler's thread. Thread-safe. Close it to release the engine.
 *
 * <p>{@link #validate} reports every problem as a {@link StepSyntaxException} (see {@link ModuleValidator}):
 * code that does not parse (with the line and column), a module whose top level throws (located at its
 * first frame in the step), a module whose default export has no {@code run} method (line 1, column 1),
 * and, with the configured prop values, an {@link io.millrace.runtime.InvalidPropException} naming the prop.
 * {@link GraalComponentRuntime} runs sources on this runtime's engine and contexts.
 *
 * <p>{@link RuntimeLimits} bound what a run may use: its {@code /tmp} files, its HTTP responses and,
 * through a {@link MemoryWatchdog} sampling on the scheduler, its memory (a step over the limit fails
 * with "Out of Memory"). The payload limit comes with each {@link StepInvocation}.
 */
public final class GraalStepRuntime implements StepRuntime, AutoCloseable {

    /** How long a module's top-level code may run during {@link #validate} (generous: a cold JVM under load is slow). */
    public static final Duration VALIDATE_TIMEOUT = Duration.ofSeconds(30);

    /** How many prepared contexts are kept ready by default. */
    public static final int DEFAULT_PREPARED_CONTEXTS = 4;

    private final Engine engine;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final ContextPool contexts;
    private final RuntimeLimits limits;
    private final MemoryWatchdog watchdog;
    private final PackageResolver resolver;
    private final ModuleValidator validator;
    private final Map<String, Map<String, String>> resolved = new ConcurrentHashMap<>();

    /** Creates the engine and a private daemon thread that enforces deadlines and prepares contexts. */
    public GraalStepRuntime() {
        this(RuntimeLimits.DEFAULTS);
    }

    /** As {@link #GraalStepRuntime()}, with these limits. */
    public GraalStepRuntime(RuntimeLimits limits) {
        this(newScheduler(), true, DEFAULT_PREPARED_CONTEXTS, limits);
    }

    /**
     * As {@link #GraalStepRuntime(RuntimeLimits)}, letting steps import npm packages that {@code resolver}
     * resolves and caches (null: no packages).
     */
    public GraalStepRuntime(RuntimeLimits limits, PackageResolver resolver) {
        this(newScheduler(), true, DEFAULT_PREPARED_CONTEXTS, limits, resolver);
    }

    /** As {@link #GraalStepRuntime()}, letting steps import npm packages that {@code resolver} resolves. */
    public GraalStepRuntime(PackageResolver resolver) {
        this(RuntimeLimits.DEFAULTS, resolver);
    }

    /**
     * As {@link #GraalStepRuntime(ScheduledExecutorService, int, RuntimeLimits)}, letting steps import npm
     * packages that {@code resolver} resolves and caches (null: no packages).
     */
    public GraalStepRuntime(ScheduledExecutorService scheduler, int preparedContexts, RuntimeLimits limits,
                            PackageResolver resolver) {
        this(Objects.requireNonNull(scheduler, "scheduler"), false, preparedContexts, limits, resolver);
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
        this(Objects.requireNonNull(scheduler, "scheduler"), false, preparedContexts, limits, null);
    }

    private GraalStepRuntime(ScheduledExecutorService scheduler, boolean ownsScheduler, int preparedContexts,
                             RuntimeLimits limits) {
        this(scheduler, ownsScheduler, preparedContexts, limits, null);
    }

    private GraalStepRuntime(ScheduledExecutorService scheduler, boolean ownsScheduler, int preparedContexts,
                             RuntimeLimits limits, PackageResolver resolver) {
        this.resolver = resolver;
        this.scheduler = scheduler;
        this.ownsScheduler = ownsScheduler;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.engine = Sandbox.newEngine();
        this.contexts = new ContextPool(engine, scheduler, preparedContexts);
        this.watchdog = new MemoryWatchdog(scheduler, limits.stepAllocationLimitBytes(), limits.heapUsedFraction());
        this.validator = new ModuleValidator(contexts, scheduler);
    }

    /** The limits this runtime enforces. */
    public RuntimeLimits limits() {
        return limits;
    }

    /** The resolver steps' npm packages come from; null when steps cannot import packages. */
    public PackageResolver packageResolver() {
        return resolver;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Specifiers of built-in modules ({@code axios}, {@code @pipedream/platform}, Node core modules) are not
     * packages. Results are remembered per code, so calling this again (and running) costs no registry requests.
     */
    @Override
    public Map<String, String> resolvePackages(String stepName, String code) {
        if (resolver == null || code == null) {
            return Map.of();
        }
        Map<String, String> known = resolved.get(code);
        if (known != null) {
            return known;
        }
        Set<String> specifiers = new LinkedHashSet<>();
        for (String specifier : Specifier.scan(code)) {
            Specifier spec = Specifier.parse(specifier);
            if (spec == null || BuiltinModules.PROVIDED.containsKey(specifier) || BuiltinModules.PROVIDED.containsKey(spec.name())
                    || BuiltinModules.UNAVAILABLE.contains(specifier) || BuiltinModules.UNAVAILABLE.contains(spec.name())) {
                continue;
            }
            specifiers.add(specifier);
        }
        if (specifiers.isEmpty()) {
            return Map.of();
        }
        Map<String, String> versions;
        try {
            versions = resolver.resolve(specifiers);
        } catch (PackageException e) {
            throw new StepSyntaxException(Sandbox.sourceName(stepName), e.getMessage(), 1, 1);
        } catch (RuntimeException e) {
            throw new StepSyntaxException(Sandbox.sourceName(stepName), "npm packages could not be resolved: " + e, 1, 1);
        }
        if (resolved.size() >= 256) {
            resolved.clear();
        }
        resolved.put(code, versions);
        return versions;
    }

    @Override
    public void validate(String stepName, String code) {
        validator.validateStep(stepName, code, null, packagesFor(resolvePackages(stepName, code)));
    }

    /** {@inheritDoc} Literal values are checked as the step's run would check them (lib/props.js). */
    @Override
    public void validate(String stepName, String code, String propsJson) {
        validator.validateStep(stepName, code, propsJson == null ? "{}" : propsJson,
                packagesFor(resolvePackages(stepName, code)));
    }

    @Override
    public StepOutcome run(StepInvocation invocation, StepListener listener) {
        return run(contexts, invocation, listener);
    }

    /** The steps of one execution, run in one context (see {@link GraalStepSession}). */
    @Override
    public Session session() {
        return new GraalStepSession(contexts, this::run);
    }

    private StepOutcome run(StepExecution.Lease lease, StepInvocation invocation, StepListener listener) {
        Objects.requireNonNull(invocation, "invocation");
        Map<String, String> packages = invocation.packages();
        if (resolver != null && packages.isEmpty()) {
            try {
                packages = resolvePackages(invocation.stepName(), invocation.code());
            } catch (StepSyntaxException e) {
                String message = e.getMessage();
                return new StepOutcome(null, "{}", List.of(), new StepError("Error", message, "Error: " + message), false);
            }
        }
        return new StepExecution(lease, scheduler, invocation, listener, limits, watchdog, packagesFor(packages), null, null).run();
    }

    /** The npm packages a run may load: these (name to exact version) from the resolver's cache. */
    Packages packagesFor(Map<String, String> packages) {
        return resolver == null || packages.isEmpty() ? Packages.NONE : new Packages(resolver, packages);
    }

    ContextPool contexts() {
        return contexts;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    MemoryWatchdog watchdog() {
        return watchdog;
    }

    ModuleValidator validator() {
        return validator;
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
