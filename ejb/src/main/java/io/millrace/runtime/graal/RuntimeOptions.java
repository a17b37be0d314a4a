package io.millrace.runtime.graal;

import java.util.Objects;

import io.millrace.runtime.npm.PackageResolver;
import io.millrace.shared.egress.EgressGuard;

/**
 * How a {@link GraalStepRuntime} is set up, besides the scheduler it is given.
 *
 * @param limits           the limits it enforces on every run
 * @param packages         resolves and caches the npm packages steps and components may import; null: none
 * @param preparedContexts how many contexts it keeps prepared ahead of the runs that take them (0: none,
 *                         each is prepared when taken)
 * @param egress           where the HTTP requests of steps and sources may go (the egress policy)
 */
public record RuntimeOptions(RuntimeLimits limits, PackageResolver packages, int preparedContexts, EgressGuard egress) {

    /** The default limits, no npm packages, 4 prepared contexts, the default egress policy (no internal address). */
    public static final RuntimeOptions DEFAULTS = new RuntimeOptions(RuntimeLimits.DEFAULTS, null, 4, EgressGuard.DEFAULT);

    public RuntimeOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(egress, "egress");
    }

    public RuntimeOptions withLimits(RuntimeLimits runtimeLimits) {
        return new RuntimeOptions(runtimeLimits, packages, preparedContexts, egress);
    }

    public RuntimeOptions withPackages(PackageResolver resolver) {
        return new RuntimeOptions(limits, resolver, preparedContexts, egress);
    }

    public RuntimeOptions withPreparedContexts(int count) {
        return new RuntimeOptions(limits, packages, count, egress);
    }

    public RuntimeOptions withEgress(EgressGuard guard) {
        return new RuntimeOptions(limits, packages, preparedContexts, guard);
    }
}
