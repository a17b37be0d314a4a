package io.millrace.runtime.graal;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import org.graalvm.polyglot.Engine;

import io.millrace.runtime.StepError;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.ComponentPackage;
import io.millrace.runtime.PackageProblem;
import io.millrace.runtime.StepRuntime;
import io.millrace.runtime.StepSyntaxException;
import io.millrace.runtime.graal.host.RunExtras;
import io.millrace.runtime.graal.modules.BuiltinModules;
import io.millrace.runtime.graal.modules.Packages;
import io.millrace.runtime.npm.PackageException;
import io.millrace.runtime.npm.PackageResolver;
import io.millrace.runtime.npm.Specifier;

/**
 * Runs steps with GraalJS. One polyglot {@link Engine} is shared by all runs (so parsed code is
 * cached across them). Every run is sandboxed in a context with the bootstrap installed, prepared
 * ahead by a {@link ContextPool}, and stopped at the invocation's deadline. A context never serves
 * two executions: {@link #run} takes one for that run only, and a {@link #session()} runs the steps of
 * one execution one after the other in the same context (see {@link GraalStepSession}). Thread-safe.
 *
 * <p>Deadlines, the memory watchdog's sampling and the preparation of contexts are tasks on the
 * scheduler it is given, which belongs to the caller: closing the runtime cancels its tasks but does
 * not shut the scheduler down.
 *
 * <p>{@link #validate} reports every problem as a {@link StepSyntaxException} (see {@link ModuleValidator}):
 * code that does not parse (with the line and column), a module whose top level throws (located at its
 * first frame in the step), a module whose default export has no {@code run} method (line 1, column 1),
 * and, with the configured prop values, an {@link io.millrace.runtime.InvalidPropException} naming the prop.
 * {@link GraalComponentRuntime} runs sources on this runtime's engine and contexts.
 *
 * <p>{@link RuntimeLimits} bound what a run may use: its {@code /tmp} files, its HTTP responses and,
 * through a {@link MemoryWatchdog}, its memory (a step over the limit fails with "Out of Memory"). The
 * payload limit comes with each {@link StepInvocation}.
 */
public final class GraalStepRuntime implements StepRuntime, AutoCloseable {

    /** How long a module's top-level code may run during {@link #validate} (generous: a cold JVM under load is slow). */
    public static final Duration VALIDATE_TIMEOUT = Duration.ofSeconds(30);

    private final Engine engine;
    private final ScheduledExecutorService scheduler;
    private final ContextPool contexts;
    private final RuntimeLimits limits;
    private final MemoryWatchdog watchdog;
    private final PackageResolver resolver;
    private final ModuleValidator validator;
    private final Map<String, Map<String, String>> resolved = new ConcurrentHashMap<>();

    /**
     * Creates the engine and starts preparing contexts. {@code scheduler} runs the runtime's tasks (a
     * thread of its own serves best: a run is stopped from it); it must outlive the runtime.
     */
    public GraalStepRuntime(ScheduledExecutorService scheduler, RuntimeOptions options) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.limits = options.limits();
        this.resolver = options.packages();
        this.engine = Sandbox.newEngine();
        this.watchdog = new MemoryWatchdog(scheduler, limits.stepAllocationLimitBytes(), limits.heapUsedFraction());
        this.contexts = new ContextPool(engine, scheduler, options.preparedContexts(), options.egress(),
                limits.allocationCapBytes(), new HeapRoom(watchdog::heapUsedAfterGc));
        this.validator = new ModuleValidator(contexts, scheduler);
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
        if (ComponentPackage.isPackage(code) && !ComponentPackage.decode(code).npm().isEmpty()) {
            return ComponentPackage.decode(code).npm();
        }
        Set<String> specifiers = new LinkedHashSet<>();
        Set<String> imports;
        try {
            imports = PackageImports.of(code);
        } catch (PackageProblem e) {
            throw new StepSyntaxException(Sandbox.sourceName(stepName), e.getMessage(), 1, 1);
        }
        for (String specifier : imports) {
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
        validator.validateStep(stepName, code, null, packagesFor(code, resolvePackages(stepName, code)));
    }

    /** {@inheritDoc} Literal values are checked as the step's run would check them (lib/props.js). */
    @Override
    public void validate(String stepName, String code, String propsJson) {
        validator.validateStep(stepName, code, propsJson == null ? "{}" : propsJson,
                packagesFor(code, resolvePackages(stepName, code)));
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
        return new StepExecution(lease, scheduler, invocation, listener, limits, watchdog, packagesFor(invocation.code(), packages), null, null).run();
    }

    /**
     * A run that is not a step's (a source's: see {@link GraalComponentRuntime}), in a context of its own,
     * started by {@code start}, able to do what {@code extras} allow, loading {@code packages}.
     */
    StepOutcome run(StepInvocation invocation, StepListener listener, Map<String, String> packages,
                    StepExecution.Start start, RunExtras extras) {
        return new StepExecution(contexts, scheduler, invocation, listener, limits, watchdog, packagesFor(invocation.code(), packages),
                start, extras).run();
    }

    /**
     * What a run of {@code code} may load: the npm packages (name to exact version) from the resolver's cache and,
     * when the code is a component package, its files.
     */
    Packages packagesFor(String code, Map<String, String> packages) {
        ComponentPackage component = ComponentPackage.isPackage(code) ? ComponentPackage.decode(code) : null;
        if (component == null && (resolver == null || packages.isEmpty())) {
            return Packages.NONE;
        }
        return new Packages(resolver, packages, component);
    }

    PackageResolver resolver() {
        return resolver;
    }

    /** True when steps and components may import npm packages. */
    boolean resolvesPackages() {
        return resolver != null;
    }

    ModuleValidator validator() {
        return validator;
    }

    /** Closes the engine, cancelling runs still going, and cancels the runtime's tasks on the scheduler. */
    @Override
    public void close() {
        watchdog.close();
        contexts.close();
        engine.close(true);
    }
}
