package io.millrace.application.execution;

import io.millrace.domain.execution.QueueCounts;
import io.millrace.domain.workflow.ExecutionControls;
import io.millrace.domain.workflow.Workflow;

/** A workflow's queue: counts, its controls and its throttle window. */
public record QueueView(Workflow workflow, ExecutionControls controls, QueueCounts counts) {
}
