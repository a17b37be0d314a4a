package io.millrace.domain.workflow;

/**
 * A create or update request, validated.
 *
 * @param definition the definition to deploy, or null when the request changes no part of it
 * @param projectId  the project named by the request, or null
 * @param active     the requested active flag, or null when not given
 */
public record WorkflowRequest(WorkflowDefinition definition, String projectId, Boolean active) {
}
