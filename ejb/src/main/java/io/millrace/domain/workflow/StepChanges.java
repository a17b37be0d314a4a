package io.millrace.domain.workflow;

import java.util.List;
import java.util.Objects;

/**
 * Whether the steps before a step are the same in two deployments of a workflow: a replay from that step may
 * reuse the results of the steps before it only when the live deployment would have run them the same way as the
 * deployment the original execution ran on.
 */
public final class StepChanges {
    private StepChanges() {
    }

    /**
     * The name (in {@code live}) of the first of the steps before {@code position} that differs from the step at
     * the same place in {@code ranOn}, or null when they are all the same: same name, type, language, code, prop
     * values, npm packages and component. A step {@code ranOn} does not have at that place differs.
     */
    public static String firstChangedBefore(List<StepSpec> ranOn, List<StepSpec> live, int position) {
        if (position < 0 || position > live.size()) {
            throw new IllegalArgumentException("no step at position " + position + " of " + live.size());
        }
        for (int i = 0; i < position; i++) {
            if (i >= ranOn.size() || !same(ranOn.get(i), live.get(i))) {
                return live.get(i).name();
            }
        }
        return null;
    }

    /** Whether two steps run the same way. */
    public static boolean same(StepSpec a, StepSpec b) {
        return a.name().equals(b.name()) && Objects.equals(a.type(), b.type()) && Objects.equals(a.lang(), b.lang())
                && Objects.equals(a.code(), b.code()) && Objects.equals(a.props(), b.props())
                && Objects.equals(a.packages(), b.packages()) && Objects.equals(a.component(), b.component())
                && Objects.equals(a.componentId(), b.componentId());
    }
}
