package io.millrace.application.execution;

import io.millrace.domain.execution.Execution;
import io.millrace.runtime.WorkflowTrigger;

/** Port: how the steps of an execution start other workflows of its workspace ({@code $.flow.trigger}). */
public interface WorkflowStarter {
    /** What the steps of {@code execution} (of workflow {@code workflowId} in {@code workspaceId}) may start. */
    WorkflowTrigger forExecution(String workspaceId, String workflowId, Execution execution);
}
