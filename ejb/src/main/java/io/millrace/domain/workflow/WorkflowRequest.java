package io.millrace.domain.workflow;

/**
 * A create or update request, validated.
 *
 * @param definition  the definition to deploy, or null when the request changes no part of it
 * @param projectId   the project named by the request, or null
 * @param active      the requested active flag, or null when not given
 * @param folderId    the folder named by the request (null: the project's root)
 * @param folderGiven whether the request has {@code folder_id} at all (absent: the folder is unchanged)
 * @param message     the deploy message, or null
 */
public record WorkflowRequest(WorkflowDefinition definition, String projectId, Boolean active, String folderId,
                              boolean folderGiven, String message) {
    public WorkflowRequest(WorkflowDefinition definition, String projectId, Boolean active) {
        this(definition, projectId, active, null, false, null);
    }

    /** The same request with another definition. */
    public WorkflowRequest withDefinition(WorkflowDefinition newDefinition) {
        return new WorkflowRequest(newDefinition, projectId, active, folderId, folderGiven, message);
    }
}
