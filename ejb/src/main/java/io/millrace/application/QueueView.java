package io.millrace.application;

import io.millrace.execution.QueueCounts;
import io.millrace.workflow.ExecutionControls;
import io.millrace.workflow.Workflow;

/** A workflow's queue: counts, its controls and its throttle window. */
public record QueueView(Workflow workflow, ExecutionControls controls, QueueCounts counts) {
}
