package io.millrace.application.identity;

import io.millrace.shared.Ids;
import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.Project;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.UserRequest;
import io.millrace.domain.workspace.Workspace;
import io.millrace.domain.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The transactions that create users and change them. Input is checked before it gets here. */
@ApplicationScoped
@Transactional
public class UserWriter {
    @Inject
    WorkspaceRepository workspaces;

    /** A new user, the project of its new workspace (or null), and its API key, shown only this once. */
    public record CreatedUser(User user, String projectId, String apiKey) {
    }

    public CreatedUser create(UserRequest request) {
        long now = System.currentTimeMillis();
        String workspaceId = request.orgId();
        String projectId = null;
        if (workspaceId == null) {
            Workspace workspace = new Workspace(Ids.random("o_"), request.username(), request.username(), null, now);
            workspaces.add(workspace);
            Project project = new Project(Ids.random("proj_"), workspace.id(), "default", now);
            workspaces.add(project);
            workspaceId = workspace.id();
            projectId = project.id();
        }
        String key = Ids.secret("mr_");
        User user = new User(Ids.random("u_"), request.username(), request.email(), ApiKeys.hash(key), workspaceId,
                request.admin(), now);
        workspaces.add(user);
        return new CreatedUser(user, projectId, key);
    }

    /** @return the changed user, or empty when it no longer exists */
    public Optional<User> changeEmail(String userId, String email) {
        Optional<User> user = workspaces.user(userId);
        user.ifPresent(u -> u.changeEmail(email));
        return user;
    }
}
