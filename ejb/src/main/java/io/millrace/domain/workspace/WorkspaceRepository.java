package io.millrace.domain.workspace;

import java.util.List;
import java.util.Optional;

/** Workspaces, their projects and users. */
public interface WorkspaceRepository {
    Optional<Workspace> workspace(String id);

    Optional<Project> project(String id);

    /** The workspace's oldest project, where workflows go when no project is named. */
    Optional<Project> defaultProject(String workspaceId);

    Optional<User> userByApiKeyHash(String apiKeyHash);

    Optional<Workspace> workspaceByOrgname(String orgname);

    Optional<User> userByUsername(String username);

    /** The workspaces the user is a member of, in the order it joined them. */
    List<Workspace> workspacesOf(User user);

    long countUsers();

    void add(Workspace workspace);

    void add(Project project);

    void add(User user);

    Optional<User> user(String id);

    /** The workspace's owner: the member with the role {@link Role#OWNER}. */
    Optional<User> owner(String workspaceId);
}
