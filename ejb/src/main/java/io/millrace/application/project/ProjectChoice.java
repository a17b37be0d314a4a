package io.millrace.application.project;

import io.millrace.domain.workspace.Project;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The project a new or moved object (workflow, source) goes to: the one the request names, if it is
 * the caller's workspace's and the caller sees it, else the workspace's default project. A project the
 * caller cannot see is answered as not found, naming {@code project_id}.
 */
@RequestScoped
public class ProjectChoice {
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    ProjectAccess projectAccess;

    /** @param projectId the request's {@code project_id}, or null for the default project */
    public Project forCaller(User caller, String projectId) {
        if (projectId == null) {
            Project project = workspaces.defaultProject(caller.workspaceId())
                    .orElseThrow(() -> new IllegalStateException("workspace has no project"));
            if (!projectAccess.sees(project.id())) {
                throw new InvalidInputException("project_id", "project_id is required: you have no access to the default project");
            }
            return project;
        }
        return workspaces.project(projectId)
                .filter(p -> p.workspaceId().equals(caller.workspaceId()) && projectAccess.sees(p.id()))
                .orElseThrow(() -> new InvalidInputException("project_id", "project " + Quoted.value(projectId) + " not found"));
    }
}
