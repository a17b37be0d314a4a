package io.millrace.application;

import io.millrace.execution.Execution;
import io.millrace.execution.StepRun;
import java.util.List;

/** An execution with its step results, for the API to render. */
public record ExecutionView(Execution execution, List<StepRun> stepRuns) {
}
