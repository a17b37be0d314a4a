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
}
