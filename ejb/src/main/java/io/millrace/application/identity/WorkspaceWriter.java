package io.millrace.application.identity;

import io.millrace.domain.workspace.Project;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.Workspace;
import io.millrace.domain.workspace.WorkspaceRepository;
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
