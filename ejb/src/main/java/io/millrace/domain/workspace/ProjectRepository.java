package io.millrace.domain.workspace;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Projects, their listed members and folders. */
public interface ProjectRepository {
    Optional<Project> project(String id);

    /** The workspace's projects, oldest first. */
    List<Project> projects(String workspaceId);

    Optional<Project> byName(String workspaceId, String name);

    /**
     * The ids of the workspace's restricted projects that {@code userId} neither created nor is listed
     * on (one query); null userId: all restricted projects.
     */
    Set<String> restrictedWithout(String workspaceId, String userId);

    /** The user ids listed on the project. */
    Set<String> members(String projectId);

    /** Replaces the project's listed members. */
    void replaceMembers(String projectId, Set<String> userIds);

    /** What the project still holds, by kind ({@code workflows}, {@code sources}, ...), kinds with 0 left out. */
    List<String> contents(String projectId);

    void add(Project project);

    void remove(Project project);

    Optional<Folder> folder(String id);

    List<Folder> folders(String projectId);

    Optional<Folder> folderByName(String projectId, String parentId, String name);

    /** How many workflows and folders are directly inside the folder. */
    long countInFolder(String folderId);

    void add(Folder folder);

    void remove(Folder folder);
}
