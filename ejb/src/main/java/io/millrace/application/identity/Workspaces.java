package io.millrace.application.identity;

import io.millrace.shared.NotFoundException;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.Workspace;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.domain.workspace.WorkspaceUsage;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Reading workspaces and the caller's profile. A workspace other than the caller's is "not found"
 * (404), never "forbidden", so that ids of other workspaces reveal nothing.
 */
@ApplicationScoped
public class Workspaces {
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    WorkspaceUsage usage;

    /** The caller's workspace {@code orgId}, or 404. */
    public Workspace requireOwn(User caller, String orgId) {
        if (orgId == null || !orgId.equals(caller.workspaceId())) {
            throw notFound(orgId);
        }
        return workspaces.workspace(orgId).orElseThrow(() -> notFound(orgId));
    }

    /** The caller, its workspaces and what its workspace used since midnight UTC. */
    public UserView me(User caller) {
        long midnight = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        return new UserView(caller, workspaces.workspacesOf(caller),
                usage.invocationsSince(caller.workspaceId(), midnight),
                usage.computeMillisSince(caller.workspaceId(), midnight));
    }

    private static NotFoundException notFound(String orgId) {
        return new NotFoundException("workspace " + Quoted.value(orgId) + " not found");
    }
}
