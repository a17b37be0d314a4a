package io.millrace.application.execution;

import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.StepRun;
import java.util.List;

/**
 * An execution with its step results, for the API to render.
 *
 * @param replays the ids of the executions that replayed it, oldest first
 */
public record ExecutionView(Execution execution, List<StepRun> stepRuns, List<String> replays) {
}
