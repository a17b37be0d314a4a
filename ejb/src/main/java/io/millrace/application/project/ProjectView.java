package io.millrace.application.project;

import io.millrace.domain.workspace.Project;

/** A project as the API shows it. */
public record ProjectView(String id, String workspaceId, String name, String ownerId, boolean restricted,
                          long createdAt) {
    public static ProjectView of(Project p) {
        return new ProjectView(p.id(), p.workspaceId(), p.name(), p.ownerId(), p.restricted(), p.createdAt());
    }
}
