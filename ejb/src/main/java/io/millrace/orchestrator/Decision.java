package io.millrace.orchestrator;

import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.workflow.StepSpec;

/** What an execution does next. */
public sealed interface Decision {

    /** Run the step at {@code position}. */
    record RunStep(int position, StepSpec step) implements Decision {
    }

    /** The execution is over with {@code status}. */
    record Finish(ExecutionStatus status) implements Decision {
    }

    /**
     * The step at {@code position} failed and is retried: the execution pauses, keeping the failed attempt
     * as a paused result, and runs that step again (retry number {@code retry}, 1-based) after {@code delayMillis}.
     */
    record RetryLater(int position, int retry, long delayMillis) implements Decision {
    }

    /** A step called {@code $.flow.delay}: the execution pauses and runs its next step after {@code delayMillis}. */
    record Sleep(long delayMillis) implements Decision {
    }
}
