package io.millrace.application.identity;

import io.millrace.shared.NotFoundException;
import io.millrace.domain.workspace.MembershipRepository;
import io.millrace.domain.workspace.Role;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.Workspace;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.domain.workspace.WorkspaceUsage;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading workspaces and the caller's profile. A workspace the caller is not a member of is "not found"
 * (404), never "forbidden", so that ids of other workspaces reveal nothing.
 */
@ApplicationScoped
public class Workspaces {
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    WorkspaceUsage usage;
    @Inject
    MembershipRepository memberships;
    @Inject
    Memberships membershipService;

    /** Workspace {@code orgId} when it is the one the caller works in, or 404. */
    public Workspace requireOwn(User caller, String orgId) {
        if (orgId == null || !orgId.equals(caller.workspaceId())) {
            throw notFound(orgId);
        }
        return workspaces.workspace(orgId).orElseThrow(() -> notFound(orgId));
    }

    /** As {@link #me(User, ActingMember)} for the user in its default workspace (a user that just signed in). */
    public UserView me(User person) {
        ActingMember acting;
        try {
            acting = membershipService.act(person, null);
        } catch (NotFoundException e) { // a member of no workspace
            acting = null;
        }
        return me(person, acting);
    }

    /**
     * The caller, its workspaces with its role in each, and what the workspace it works in used since
     * midnight UTC.
     *
     * @param person the user itself
     * @param acting the user in the workspace the request works in, or null when it belongs to none
     */
    public UserView me(User person, ActingMember acting) {
        long midnight = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        Map<String, Role> roles = new HashMap<>();
        memberships.ofUser(person.id()).forEach(m -> roles.put(m.workspaceId(), m.role()));
        List<UserView.Org> orgs = acting != null && roles.isEmpty() // an OAuth token's member is no stored user
                ? workspaces.workspace(acting.user().workspaceId()).stream()
                        .map(w -> new UserView.Org(w, acting.role())).toList()
                : workspaces.workspacesOf(person).stream()
                        .map(w -> new UserView.Org(w, roles.get(w.id()))).toList();
        String workspaceId = acting == null ? null : acting.user().workspaceId();
        return new UserView(person, orgs,
                workspaceId == null ? 0 : usage.invocationsSince(workspaceId, midnight),
                workspaceId == null ? 0 : usage.computeMillisSince(workspaceId, midnight));
    }

    private static NotFoundException notFound(String orgId) {
        return new NotFoundException("workspace " + Quoted.value(orgId) + " not found");
    }
}
