package io.millrace.runtime.graal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.graalvm.polyglot.Value;

import io.millrace.runtime.ComponentInfo;
import io.millrace.runtime.PackageArchive;
import io.millrace.runtime.PackageProblem;
import io.millrace.runtime.npm.PackageException;
import io.millrace.runtime.ComponentRuntime;
import io.millrace.runtime.DataStores;
import io.millrace.runtime.PropsCall;
import io.millrace.runtime.SourceInvocation;
import io.millrace.runtime.SourceOutcome;
import io.millrace.runtime.StepError;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.StepSyntaxException;
import io.millrace.runtime.graal.host.RunExtras;

/**
 * Components on GraalJS, sharing a {@link GraalStepRuntime}'s engine, prepared contexts, scheduler,
 * memory watchdog, limits and npm packages: each {@link #describe} and {@link #runSource} takes a
 * prepared context from the same pool for itself alone (closed after it, as for a step run outside a
 * session), and is guarded as a step is (deadline, memory watchdog, the 6 MB payload limit on logs).
 * Thread-safe.
 *
 * <p>In a source's run and hooks (lib/component.js), {@code this} has its methods, its user-input
 * props' values (configured or default, checked and coerced as for steps; {@code {{…}}} is plain text
 * here), {@code $emit(event, { id, name, summary, ts })}, and per prop type:
 * {@code $.interface.timer} → {@code { type: "$.interface.timer", intervalSeconds | cron }};
 * {@code $.interface.http} → {@code { endpoint, respond({ status, headers, body }) }} ({@code respond} only
 * in run; it reaches the listener at once; the body is a string, an object sent as JSON, or a Buffer);
 * {@code $.service.db} → synchronous {@code get(key)} / {@code set(key, value)} over
 * {@link SourceInvocation#dbJson()}; {@code data_store} → the async data store API over
 * {@link SourceInvocation#dataStores()}; {@code http_request} → the configured request with
 * {@code execute()} (axios; resolves to its response); {@code app} → the app's methods and {@code $auth}
 * (from the configured value's {@code $auth}, else {@code {}}); {@code alert} → undefined. A source has no
 * {@code /tmp}.
 *
 * <p>{@link #describe}'s {@code configurable_props} entries are {@code {name, type}} followed by those of
 * {@code app}, {@code label}, {@code description}, {@code optional}, {@code default}, {@code min}, {@code max},
 * {@code options}, {@code secret}, {@code disabled}, {@code hidden}, {@code customResponse}, {@code alertType},
 * {@code content}, {@code reloadProps} and {@code useQuery} that the prop declares (after merging its
 * {@code propDefinition}); {@code remoteOptions: true} stands for an {@code options()} method. A module
 * without {@code type} is a source when it has hooks, a dedupe strategy or an interface prop, else an action.
 */
public final class GraalComponentRuntime implements ComponentRuntime {

    /** The source name describe uses in its errors. */
    static final String COMPONENT = "component";

    private final GraalStepRuntime steps;

    /** Runs components on {@code steps}' engine and contexts; closing {@code steps} ends this runtime too. */
    public GraalComponentRuntime(GraalStepRuntime steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    @Override
    public ComponentInfo describe(String code) {
        Map<String, String> packages = steps.resolvePackages(COMPONENT, code);
        return steps.validator().describe(COMPONENT, code, packages, steps.packagesFor(code, packages));
    }

    @Override
    public Map<String, String> npmPackageFiles(String specifier) {
        if (!steps.resolvesPackages()) {
            return ComponentRuntime.super.npmPackageFiles(specifier);
        }
        try {
            return PackageArchive.fromDirectory(steps.resolver().download(specifier), "npm");
        } catch (PackageException e) {
            throw new PackageProblem("npm", e.getMessage());
        }
    }

    @Override
    public SourceOutcome runSource(SourceInvocation invocation, StepListener listener) {
        Objects.requireNonNull(invocation, "invocation");
        String name = Sandbox.sourceName(invocation.sourceId());
        Map<String, String> packages = invocation.packages();
        if (steps.resolvesPackages() && packages.isEmpty()) {
            try {
                packages = steps.resolvePackages(name, invocation.code());
            } catch (StepSyntaxException e) {
                String message = e.getMessage();
                return new SourceOutcome(List.of(), invocation.dbJson(), List.of(),
                        new StepError("Error", message, "Error: " + message), false);
            }
        }
        StepInvocation asStep = new StepInvocation(name, invocation.code(), invocation.propsJson(), "{}",
                invocation.deadline(), invocation.env(), 0, null, packages);
        RunExtras extras = RunExtras.forSource(invocation.dataStores(), listener);
        StepExecution.Start start = (context, driver, host) -> {
            Value module = StepLoader.evaluate(context, driver, name, invocation.code(), host.packages());
            driver.invokeMember("component").invokeMember("source", module, invocation.phase().jsName(),
                    invocation.propsJson(), invocation.eventJson(), invocation.dbJson(), invocation.httpEndpointUrl(),
                    host.envJson());
        };
        StepOutcome outcome = steps.run(asStep, listener, packages, start, extras);
        String db = outcome.succeeded() && extras.dbJson() != null ? extras.dbJson() : invocation.dbJson();
        return new SourceOutcome(extras.emissions(), db, outcome.logs(), outcome.error(), outcome.timedOut());
    }

    @Override
    public StepOutcome configureProps(PropsCall call) {
        Objects.requireNonNull(call, "call");
        String name = Sandbox.sourceName(COMPONENT);
        Map<String, String> packages = call.packages();
        if (steps.resolvesPackages() && packages.isEmpty()) {
            try {
                packages = steps.resolvePackages(name, call.code());
            } catch (StepSyntaxException e) {
                String message = e.getMessage();
                return new StepOutcome(null, "{}", List.of(), new StepError("Error", message, "Error: " + message), false, null);
            }
        }
        StepInvocation asStep = new StepInvocation(name, call.code(), call.configuredPropsJson(), "{}", call.deadline(),
                Map.of(), 0, null, packages);
        RunExtras extras = RunExtras.forSource(DataStores.NONE, StepListener.NONE);
        StepExecution.Start start = (context, driver, host) -> {
            Value module = StepLoader.evaluate(context, driver, name, call.code());
            driver.invokeMember("component").invokeMember("configure", module, call.operation().jsName(),
                    call.propName(), call.configuredPropsJson(), call.argsJson(), host.envJson());
        };
        return steps.run(asStep, StepListener.NONE, packages, start, extras);
    }
}
