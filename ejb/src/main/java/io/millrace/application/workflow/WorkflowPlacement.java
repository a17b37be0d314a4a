package io.millrace.application.workflow;

/** Where a workflow goes: a project and one of its folders (null: the project's root). */
public record WorkflowPlacement(String projectId, String folderId) {
}
