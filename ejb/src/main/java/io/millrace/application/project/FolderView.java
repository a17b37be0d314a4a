package io.millrace.application.project;

import io.millrace.domain.workspace.Folder;

/** A folder as the API shows it. */
public record FolderView(String id, String projectId, String parentId, String name, long createdAt) {
    public static FolderView of(Folder f) {
        return new FolderView(f.id(), f.projectId(), f.parentId(), f.name(), f.createdAt());
    }
}
