package io.millrace.orchestrator;

import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;

/**
 * Retrying as one execution sees it: whether its workflow retries failed steps ({@code auto_retry}), how
 * many retries it has had ({@code done}, the execution's attempts), and the rules. Pure.
 */
public record Retries(boolean enabled, int done, RetryRules rules) {
    /** No retries (a step of a parallel branch or loop item run by a worker of its own). */
    public static final Retries NONE = new Retries(false, 0, null);

    /** The retry of a step that just finished, or null when it is not retried (it did not fail, or may not be). */
    Decision.RetryLater of(StepRun result) {
        if (!enabled || result.status() != ExecutionStatus.ERROR || !rules.retries(result.errorName(), done)) {
            return null;
        }
        int retry = done + 1;
        return new Decision.RetryLater(result.position(), retry, rules.delayMillis(retry));
    }
}
