package io.millrace.domain.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A {@link WorkspaceRepository} in memory, for unit tests. */
public class InMemoryWorkspaces implements WorkspaceRepository {
    public final List<Workspace> workspaces = new ArrayList<>();
    public final List<Project> projects = new ArrayList<>();
    public final List<User> users = new ArrayList<>();

    @Override
    public Optional<Workspace> workspace(String id) {
        return workspaces.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Project> project(String id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Project> defaultProject(String workspaceId) {
        return projects.stream().filter(p -> p.workspaceId().equals(workspaceId)).findFirst();
    }

    @Override
    public Optional<User> userByApiKeyHash(String apiKeyHash) {
        return users.stream().filter(u -> u.legacyApiKeyHash().filter(apiKeyHash::equals).isPresent()).findFirst();
    }

    @Override
    public List<Workspace> workspacesOf(User user) {
        return workspace(user.workspaceId()).stream().toList();
    }

    @Override
    public long countUsers() {
        return users.size();
    }

    @Override
    public void add(Workspace workspace) {
        workspaces.add(workspace);
    }

    @Override
    public void add(Project project) {
        projects.add(project);
    }

    @Override
    public void add(User user) {
        users.add(user);
    }

    @Override
    public Optional<User> user(String id) {
        return users.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    @Override
    public Optional<User> userByUsername(String username) {
        return users.stream().filter(u -> u.username().equals(username)).findFirst();
    }

    @Override
    public Optional<Workspace> workspaceByOrgname(String orgname) {
        return workspaces.stream().filter(w -> w.orgname().equals(orgname)).findFirst();
    }

    @Override
    public Optional<User> owner(String workspaceId) {
        return users.stream().filter(u -> u.workspaceId().equals(workspaceId))
                .min(Comparator.comparingLong(User::createdAt).thenComparing(User::id));
    }
}
