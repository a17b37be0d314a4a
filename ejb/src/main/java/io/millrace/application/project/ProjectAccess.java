package io.millrace.application.project;

import io.millrace.domain.workspace.HiddenProjects;
import io.millrace.domain.workspace.Project;
import io.millrace.domain.workspace.ProjectAccessRule;
import io.millrace.domain.workspace.ProjectRepository;
import io.millrace.domain.workspace.Role;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which projects the caller of the current request may see ({@link ProjectAccessRule}). The web layer
 * says who acts ({@link #actAs}) when it knows the request's workspace; application services then filter
 * what they load by id ({@link #visible}, {@link #sees}) and give {@link #hidden()} to list queries.
 * Outside an API request (workers, timers, executions) nobody acts and every project is visible: access
 * control is about API callers, not about what runs.
 */
@RequestScoped
public class ProjectAccess {
    @Inject
    ProjectRepository projects;

    private String workspaceId;
    private String userId;
    private Role role;
    private HiddenProjects hidden;

    /**
     * @param userId the person acting, or null for an OAuth token (unrestricted projects only)
     */
    public void actAs(String workspaceId, String userId, Role role) {
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.role = role;
        this.hidden = null;
    }

    /** The workspace's projects the caller may not see (one query, once per request). */
    public HiddenProjects hidden() {
        if (workspaceId == null) {
            return HiddenProjects.NONE;
        }
        if (hidden == null) {
            hidden = role.manages() && userId != null ? HiddenProjects.NONE
                    : new HiddenProjects(projects.restrictedWithout(workspaceId, userId));
        }
        return hidden;
    }

    /** Whether the caller may see what belongs to project {@code projectId} (null: belongs to none). */
    public boolean sees(String projectId) {
        return !hidden().hides(projectId);
    }

    /** {@code found} when the caller may see the project of its object, else empty. */
    public <T> Optional<T> visible(Optional<T> found, Function<T, String> projectOf) {
        return found.filter(o -> sees(projectOf.apply(o)));
    }

    /** The id of the person acting ({@code caller}'s), or null for an OAuth token. */
    public String person(io.millrace.domain.workspace.User caller) {
        return workspaceId == null ? caller.id() : userId;
    }

    /** Whether the caller is an admin or the owner of the workspace (true outside an API request). */
    public boolean managesWorkspace() {
        return workspaceId == null || role.manages();
    }

    /** Whether the caller manages the project (its access, deleting it). */
    public boolean manages(Project project) {
        return workspaceId == null || ProjectAccessRule.manages(project, userId, role);
    }

    /** The project of the caller's workspace, when the caller may see it; else 404. */
    public Project require(String workspaceId, String projectId) {
        return projects.project(projectId)
                .filter(p -> p.workspaceId().equals(workspaceId) && sees(p.id()))
                .orElseThrow(() -> new NotFoundException("project " + Quoted.value(projectId) + " not found"));
    }
}
