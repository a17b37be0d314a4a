package io.millrace.application;

import io.millrace.workspace.Project;
import io.millrace.workspace.User;
import io.millrace.workspace.Workspace;
import io.millrace.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The transaction that stores a new workspace with its project and user (checked before). */
@ApplicationScoped
@Transactional
public class WorkspaceWriter {
    @Inject
    WorkspaceRepository workspaces;

    public void create(Workspace workspace, Project project, User user) {
        workspaces.add(workspace);
        workspaces.add(project);
        workspaces.add(user);
    }
}
