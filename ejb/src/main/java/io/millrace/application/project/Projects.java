package io.millrace.application.project;

import io.millrace.domain.workspace.MembershipRepository;
import io.millrace.domain.workspace.Project;
import io.millrace.domain.workspace.ProjectRepository;
import io.millrace.domain.workspace.User;
import io.millrace.shared.BodyFields;
import io.millrace.shared.ConflictException;
import io.millrace.shared.ForbiddenException;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The projects of the caller's workspace: listing the visible ones, creating (the creator owns it),
 * renaming, deleting an empty one (not the last), and their access. A project the caller may not see is
 * "not found"; one it sees but does not manage is a 403 for access changes and deletion.
 */
@ApplicationScoped
public class Projects {
    static final int MAX_NAME = 100;
    static final int MAX_MEMBERS = 1000;

    @Inject
    ProjectRepository projects;
    @Inject
    MembershipRepository memberships;
    @Inject
    ProjectAccess access;
    @Inject
    ProjectWriter writer;

    public List<ProjectView> list(User caller) {
        return projects.projects(caller.workspaceId()).stream().filter(p -> access.sees(p.id()))
                .map(ProjectView::of).toList();
    }

    public ProjectView get(User caller, String id) {
        return ProjectView.of(access.require(caller.workspaceId(), id));
    }

    public ProjectView create(User caller, JsonValue body) {
        String name = name(BodyFields.body(body, Set.of("name", "org_id")));
        requireFreeName(caller.workspaceId(), name);
        String ownerId = access.person(caller);
        return writer.create(caller.workspaceId(), name, ownerId);
    }

    public ProjectView rename(User caller, String id, JsonValue body) {
        Project project = access.require(caller.workspaceId(), id);
        String name = name(BodyFields.body(body, Set.of("name", "org_id"), Set.of("id", "owner", "access", "created_at")));
        if (!name.equals(project.name())) {
            requireFreeName(caller.workspaceId(), name);
        }
        return writer.rename(id, name);
    }

    public void delete(User caller, String id) {
        Project project = access.require(caller.workspaceId(), id);
        requireManages(project);
        if (projects.projects(caller.workspaceId()).size() <= 1) {
            throw new ConflictException("the workspace's last project cannot be deleted");
        }
        List<String> contents = projects.contents(id);
        if (!contents.isEmpty()) {
            throw new ConflictException("project " + Quoted.value(id) + " is not empty: it holds "
                    + String.join(", ", contents) + "; delete or move them first");
        }
        writer.delete(id);
    }

    public AccessView access(User caller, String id) {
        Project project = access.require(caller.workspaceId(), id);
        return new AccessView(project.restricted(), List.copyOf(projects.members(id)));
    }

    public AccessView changeAccess(User caller, String id, JsonValue body) {
        Project project = access.require(caller.workspaceId(), id);
        requireManages(project);
        JsonObject o = BodyFields.body(body, Set.of("restricted", "members", "org_id"));
        Boolean restricted = BodyFields.trueOrFalse(o, "restricted");
        if (restricted == null) {
            throw new InvalidInputException("restricted", "restricted is required (true or false)");
        }
        Set<String> members = members(caller.workspaceId(), o);
        return writer.changeAccess(id, restricted, members);
    }

    private Set<String> members(String workspaceId, JsonObject o) {
        if (!o.containsKey("members") || o.get("members").getValueType() == JsonValue.ValueType.NULL) {
            return Set.of();
        }
        JsonArray array = BodyFields.array(o, "members");
        if (array.size() > MAX_MEMBERS) {
            throw new InvalidInputException("members", "members may list at most " + MAX_MEMBERS + " user ids");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String field = "members[" + i + "]";
            if (!(array.get(i) instanceof JsonString s)) {
                throw new InvalidInputException(field, field + " must be a user id (a string)");
            }
            String userId = s.getString();
            if (userId.length() > 32 || memberships.membership(workspaceId, userId).isEmpty()) {
                throw new InvalidInputException(field, "user " + Quoted.value(userId) + " is not a member of this workspace");
            }
            ids.add(userId);
        }
        return ids;
    }

    private void requireManages(Project project) {
        if (!access.manages(project)) {
            throw new ForbiddenException("only the project's creator and the workspace's admins and owner may do this");
        }
    }

    private void requireFreeName(String workspaceId, String name) {
        if (projects.byName(workspaceId, name).isPresent()) {
            throw new ConflictException("a project named " + Quoted.of(name) + " already exists in this workspace");
        }
    }

    private static String name(JsonObject o) {
        return BodyFields.string(o, "name", true, MAX_NAME);
    }
}
