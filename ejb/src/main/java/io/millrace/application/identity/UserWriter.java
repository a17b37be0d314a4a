package io.millrace.application.identity;

import io.millrace.application.audit.AuditLog;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.shared.Jsonp;
import io.millrace.shared.Ids;
import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.Membership;
import io.millrace.domain.workspace.MembershipRepository;
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
    @Inject
    MembershipRepository memberships;
    @Inject
    AuditLog audit;

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
        memberships.add(new Membership(Ids.random("mem_"), workspaceId, user.id(), request.role(), now));
        if (projectId != null) {
            audit.record(workspaceId, AuditActions.WORKSPACE_CREATED, new Target("workspace", workspaceId),
                    Jsonp.createObjectBuilder().add("orgname", request.username()).build());
        }
        audit.record(workspaceId, AuditActions.USER_CREATED, new Target("user", user.id()),
                Jsonp.createObjectBuilder().add("username", user.username()).add("admin", user.admin())
                        .add("role", request.role().json()).build());
        return new CreatedUser(user, projectId, key);
    }

    /** @return the changed user, or empty when it no longer exists */
    public Optional<User> changeEmail(String userId, String email) {
        Optional<User> user = workspaces.user(userId);
        user.ifPresent(u -> {
            u.changeEmail(email);
            audit.record(u.workspaceId(), AuditActions.USER_UPDATED, new Target("user", u.id()),
                    Jsonp.createObjectBuilder().add("username", u.username()).add("changed", Jsonp.createArrayBuilder().add("email")).build());
        });
        return user;
    }
}
