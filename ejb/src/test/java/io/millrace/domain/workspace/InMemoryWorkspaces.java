package io.millrace.domain.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A {@link WorkspaceRepository} and {@link MembershipRepository} in memory, for unit tests. */
public class InMemoryWorkspaces implements WorkspaceRepository, MembershipRepository {
    public final List<Workspace> workspaces = new ArrayList<>();
    public final List<Project> projects = new ArrayList<>();
    public final List<User> users = new ArrayList<>();
    public final List<Membership> memberships = new ArrayList<>();

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
        return ofUser(user.id()).stream().flatMap(m -> workspace(m.workspaceId()).stream()).toList();
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
        return memberships.stream().filter(m -> m.workspaceId().equals(workspaceId) && m.role() == Role.OWNER)
                .findFirst().flatMap(m -> user(m.userId()));
    }

    @Override
    public Optional<Membership> membership(String workspaceId, String userId) {
        return memberships.stream().filter(m -> m.workspaceId().equals(workspaceId) && m.userId().equals(userId))
                .findFirst();
    }

    @Override
    public List<Membership> ofUser(String userId) {
        return memberships.stream().filter(m -> m.userId().equals(userId))
                .sorted(Comparator.comparingLong(Membership::createdAt).thenComparing(Membership::id)).toList();
    }

    @Override
    public List<Member> members(String workspaceId) {
        return memberships.stream().filter(m -> m.workspaceId().equals(workspaceId))
                .sorted(Comparator.comparingLong(Membership::createdAt).thenComparing(Membership::id))
                .map(m -> new Member(m, user(m.userId()).orElseThrow())).toList();
    }

    @Override
    public void add(Membership membership) {
        memberships.add(membership);
    }

    @Override
    public void remove(Membership membership) {
        memberships.remove(membership);
    }

    @Override
    public List<User> usersWithoutMembership() {
        return users.stream().filter(u -> ofUser(u.id()).isEmpty()).toList();
    }
}
