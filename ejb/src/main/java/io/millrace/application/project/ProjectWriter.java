package io.millrace.application.project;

import io.millrace.application.audit.AuditLog;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.domain.workspace.Project;
import io.millrace.domain.workspace.ProjectRepository;
import io.millrace.shared.Ids;
import io.millrace.shared.Jsonp;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/** The transactions that change projects, each with its audit event. Input is checked before. */
@ApplicationScoped
@Transactional
public class ProjectWriter {
    @Inject
    ProjectRepository projects;
    @Inject
    AuditLog audit;

    public ProjectView create(String workspaceId, String name, String ownerId) {
        Project project = new Project(Ids.random("proj_"), workspaceId, name, ownerId, System.currentTimeMillis());
        projects.add(project);
        audit.record(workspaceId, AuditActions.PROJECT_CREATED, target(project),
                Jsonp.createObjectBuilder().add("name", name).build());
        return ProjectView.of(project);
    }

    public ProjectView rename(String id, String name) {
        Project project = find(id);
        String old = project.name();
        project.rename(name);
        audit.record(project.workspaceId(), AuditActions.PROJECT_RENAMED, target(project),
                Jsonp.createObjectBuilder().add("old_name", old).add("name", name).build());
        return ProjectView.of(project);
    }

    public void delete(String id) {
        Project project = find(id);
        projects.remove(project);
        audit.record(project.workspaceId(), AuditActions.PROJECT_DELETED, target(project),
                Jsonp.createObjectBuilder().add("name", project.name()).build());
    }

    public AccessView changeAccess(String id, boolean restricted, Set<String> members) {
        Project project = find(id);
        project.restrict(restricted);
        projects.replaceMembers(id, members);
        JsonArrayBuilder ids = Jsonp.createArrayBuilder();
        members.forEach(ids::add);
        audit.record(project.workspaceId(), AuditActions.PROJECT_ACCESS_CHANGED, target(project),
                Jsonp.createObjectBuilder().add("restricted", restricted).add("members", ids).build());
        return new AccessView(restricted, List.copyOf(projects.members(id)));
    }

    private Project find(String id) {
        return projects.project(id).orElseThrow(() -> new NotFoundException("project " + Quoted.value(id) + " not found"));
    }

    private static Target target(Project project) {
        return new Target("project", project.id());
    }
}
