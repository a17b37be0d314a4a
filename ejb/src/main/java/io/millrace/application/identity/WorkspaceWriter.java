package io.millrace.application.identity;

import io.millrace.application.audit.AuditLog;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.shared.Jsonp;
import io.millrace.domain.workspace.Membership;
import io.millrace.domain.workspace.MembershipRepository;
import io.millrace.domain.workspace.Project;
import io.millrace.domain.workspace.Role;
import io.millrace.shared.Ids;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.Workspace;
import io.millrace.domain.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The transaction that stores a new workspace with its project and its owner (checked before). */
@ApplicationScoped
@Transactional
public class WorkspaceWriter {
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    MembershipRepository memberships;
    @Inject
    AuditLog audit;

    public void create(Workspace workspace, Project project, User user) {
        workspaces.add(workspace);
        workspaces.add(project);
        workspaces.add(user);
        memberships.add(new Membership(Ids.random("mem_"), workspace.id(), user.id(), Role.OWNER, user.createdAt()));
        audit.record(workspace.id(), AuditActions.WORKSPACE_CREATED, new Target("workspace", workspace.id()),
                Jsonp.createObjectBuilder().add("orgname", workspace.orgname()).add("name", workspace.name()).build());
        audit.record(workspace.id(), AuditActions.USER_CREATED, new Target("user", user.id()),
                Jsonp.createObjectBuilder().add("username", user.username()).add("admin", user.admin())
                        .add("role", Role.OWNER.json()).build());
    }
}
