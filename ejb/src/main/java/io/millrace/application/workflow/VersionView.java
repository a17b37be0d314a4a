package io.millrace.application.workflow;

import io.millrace.domain.workflow.WorkflowDeployment;

/**
 * One version of a workflow for the API.
 *
 * @param live whether it is the version that runs now
 */
public record VersionView(WorkflowDeployment deployment, boolean live) {
}
