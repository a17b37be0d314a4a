package io.millrace.application.project;

import io.millrace.domain.workspace.Folder;
import io.millrace.domain.workspace.Project;
import io.millrace.domain.workspace.ProjectRepository;
import io.millrace.domain.workspace.User;
import io.millrace.shared.BodyFields;
import io.millrace.shared.ConflictException;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Folders inside a project, nested through {@code parent_id}; names are unique among siblings. A folder
 * is deleted only when empty (no workflows, no folders). Whoever sees the project manages its folders.
 */
@ApplicationScoped
public class Folders {
    static final int MAX_NAME = 100;
    static final int MAX_DEPTH = 20;

    @Inject
    ProjectRepository projects;
    @Inject
    ProjectAccess access;
    @Inject
    FolderWriter writer;

    public List<FolderView> list(User caller, String projectId) {
        access.require(caller.workspaceId(), projectId);
        return projects.folders(projectId).stream().map(FolderView::of).toList();
    }

    public FolderView create(User caller, String projectId, JsonValue body) {
        Project project = access.require(caller.workspaceId(), projectId);
        JsonObject o = BodyFields.body(body, Set.of("name", "parent_id", "org_id"));
        String name = BodyFields.string(o, "name", true, MAX_NAME);
        String parentId = parent(project.id(), BodyFields.text(o, "parent_id"), null);
        requireFreeName(project.id(), parentId, name, null);
        return writer.create(project.id(), parentId, name);
    }

    public FolderView update(User caller, String projectId, String folderId, JsonValue body) {
        Project project = access.require(caller.workspaceId(), projectId);
        Folder folder = find(project.id(), folderId);
        JsonObject o = BodyFields.body(body, Set.of("name", "parent_id", "org_id"), Set.of("id", "project_id", "created_at"));
        String name = o.containsKey("name") ? BodyFields.string(o, "name", true, MAX_NAME) : folder.name();
        String parentId = o.containsKey("parent_id")
                ? parent(project.id(), BodyFields.text(o, "parent_id"), folder.id()) : folder.parentId();
        requireFreeName(project.id(), parentId, name, folder.id());
        return writer.update(folder.id(), name, parentId);
    }

    public void delete(User caller, String projectId, String folderId) {
        Project project = access.require(caller.workspaceId(), projectId);
        Folder folder = find(project.id(), folderId);
        if (projects.countInFolder(folder.id()) > 0) {
            throw new ConflictException("folder " + Quoted.value(folderId) + " is not empty: move or delete its workflows and folders first");
        }
        writer.delete(folder.id());
    }

    /**
     * The folder of the project named by a workflow's {@code folder_id} (null: the project's root);
     * another project's or an unknown folder is a 400 on {@code folder_id}.
     */
    public String folderFor(String projectId, String folderId) {
        if (folderId == null) {
            return null;
        }
        return projects.folder(folderId).filter(f -> f.projectId().equals(projectId)).map(Folder::id)
                .orElseThrow(() -> new InvalidInputException("folder_id",
                        "folder " + Quoted.value(folderId) + " not found in the workflow's project"));
    }

    private Folder find(String projectId, String folderId) {
        return projects.folder(folderId).filter(f -> f.projectId().equals(projectId))
                .orElseThrow(() -> new NotFoundException("folder " + Quoted.value(folderId) + " not found"));
    }

    /** Checks a parent folder: of the project, and (when moving {@code self}) not itself or inside it. */
    private String parent(String projectId, String parentId, String self) {
        if (parentId == null) {
            return null;
        }
        Optional<Folder> parent = projects.folder(parentId).filter(f -> f.projectId().equals(projectId));
        if (parent.isEmpty()) {
            throw new InvalidInputException("parent_id", "folder " + Quoted.value(parentId) + " not found in this project");
        }
        Folder at = parent.get();
        for (int depth = 0; at != null; depth++) {
            if (at.id().equals(self)) {
                throw new InvalidInputException("parent_id", "a folder cannot move into itself or one of its folders");
            }
            if (depth >= MAX_DEPTH) {
                throw new InvalidInputException("parent_id", "folders nest at most " + MAX_DEPTH + " deep");
            }
            at = at.parentId() == null ? null : projects.folder(at.parentId()).orElse(null);
        }
        return parentId;
    }

    private void requireFreeName(String projectId, String parentId, String name, String self) {
        projects.folderByName(projectId, parentId, name).filter(f -> !f.id().equals(self)).ifPresent(f -> {
            throw new ConflictException("a folder named " + Quoted.of(name) + " already exists there");
        });
    }
}
