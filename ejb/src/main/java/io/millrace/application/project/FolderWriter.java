package io.millrace.application.project;

import io.millrace.domain.workspace.Folder;
import io.millrace.domain.workspace.ProjectRepository;
import io.millrace.shared.Ids;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The transactions that change folders. Input is checked before. */
@ApplicationScoped
@Transactional
public class FolderWriter {
    @Inject
    ProjectRepository projects;

    public FolderView create(String projectId, String parentId, String name) {
        Folder folder = new Folder(Ids.random("fold_"), projectId, parentId, name, System.currentTimeMillis());
        projects.add(folder);
        return FolderView.of(folder);
    }

    public FolderView update(String id, String name, String parentId) {
        Folder folder = find(id);
        folder.rename(name);
        folder.moveTo(parentId);
        return FolderView.of(folder);
    }

    public void delete(String id) {
        projects.remove(find(id));
    }

    private Folder find(String id) {
        return projects.folder(id).orElseThrow(() -> new NotFoundException("folder " + Quoted.value(id) + " not found"));
    }
}
