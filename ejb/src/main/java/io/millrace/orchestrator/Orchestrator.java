package io.millrace.orchestrator;

import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;
import io.millrace.domain.workflow.StepSpec;
import java.util.List;

/**
 * Decides the next step of an execution from its definition and the step results stored so far.
 * A step that called {@code $.flow.exit} ends the execution successfully; a step whose result is
 * {@code paused} (it failed and waits to be retried) runs again. Pure: no I/O, so an execution interrupted at any point resumes at the first step without a
 * stored result, and a finished step is never run twice.
 */
public final class Orchestrator {
    private Orchestrator() {
    }

    public static Decision next(List<StepSpec> steps, List<StepRun> stored) {
        int position = 0;
        for (StepRun run : stored) {
            if (run.position() != position) {
                break;
            }
            if (run.status() == ExecutionStatus.PAUSED) {
                return new Decision.RunStep(position, steps.get(position));
            }
            if (run.status() != ExecutionStatus.SUCCESS) {
                return new Decision.Finish(run.status());
            }
            if (run.flowExitReason() != null) {
                return new Decision.Finish(ExecutionStatus.SUCCESS);
            }
            position++;
        }
        if (position >= steps.size()) {
            return new Decision.Finish(ExecutionStatus.SUCCESS);
        }
        return new Decision.RunStep(position, steps.get(position));
    }
}
