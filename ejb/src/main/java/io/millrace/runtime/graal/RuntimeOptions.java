package io.millrace.runtime.graal;

import java.util.Objects;

import io.millrace.runtime.npm.PackageResolver;

/**
 * How a {@link GraalStepRuntime} is set up, besides the scheduler it is given.
 *
 * @param limits           the limits it enforces on every run
 * @param packages         resolves and caches the npm packages steps and components may import; null: none
 * @param preparedContexts how many contexts it keeps prepared ahead of the runs that take them (0: none,
 *                         each is prepared when taken)
 */
public record RuntimeOptions(RuntimeLimits limits, PackageResolver packages, int preparedContexts) {

    /** The default limits, no npm packages, 4 prepared contexts. */
    public static final RuntimeOptions DEFAULTS = new RuntimeOptions(RuntimeLimits.DEFAULTS, null, 4);

    public RuntimeOptions {
        Objects.requireNonNull(limits, "limits");
    }

    public RuntimeOptions withLimits(RuntimeLimits runtimeLimits) {
        return new RuntimeOptions(runtimeLimits, packages, preparedContexts);
    }

    public RuntimeOptions withPackages(PackageResolver resolver) {
        return new RuntimeOptions(limits, resolver, preparedContexts);
    }

    public RuntimeOptions withPreparedContexts(int count) {
        return new RuntimeOptions(limits, packages, count);
    }
}
