package io.millrace.application.identity;

import io.millrace.domain.workspace.Membership;
import io.millrace.domain.workspace.MembershipRepository;
import io.millrace.domain.workspace.MembershipRules;
import io.millrace.domain.workspace.Role;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Workspace memberships: which workspace a request works in and with which role, the members list, role
 * changes and removals ({@link MembershipRules}). A removed member, and an admin made a member, lose their
 * browser sessions everywhere (they sign in again). Another workspace, or a user that is not a member, is
 * "not found". Changes go through {@link MembershipWriter}.
 */
@ApplicationScoped
public class Memberships {
    @Inject
    MembershipRepository memberships;
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    MembershipWriter writer;
    @Inject
    BrowserSessions sessions;

    /**
     * The user in workspace {@code orgId}, or with null in its default workspace (else the first it
     * joined); 404 when it is not a member there, or of no workspace at all.
     */
    public ActingMember act(User user, String orgId) {
        if (orgId != null) {
            Membership m = memberships.membership(orgId, user.id()).orElseThrow(() -> workspaceNotFound(orgId));
            return new ActingMember(user.inWorkspace(m.workspaceId()), m.role());
        }
        Optional<Membership> home = memberships.membership(user.workspaceId(), user.id());
        Membership m = home.or(() -> memberships.ofUser(user.id()).stream().findFirst())
                .orElseThrow(() -> new NotFoundException("you are not a member of any workspace"));
        return new ActingMember(user.inWorkspace(m.workspaceId()), m.role());
    }

    /** The members of the caller's workspace, oldest first. */
    public List<MemberView> members(ActingMember caller) {
        return memberships.members(caller.user().workspaceId()).stream()
                .map(m -> new MemberView(m.user(), m.membership().role(), m.membership().createdAt())).toList();
    }

    /** One member of the caller's workspace, or 404. */
    public MemberView member(ActingMember caller, String userId) {
        return memberships.members(caller.user().workspaceId()).stream()
                .filter(m -> m.user().id().equals(userId)).findFirst()
                .map(m -> new MemberView(m.user(), m.membership().role(), m.membership().createdAt()))
                .orElseThrow(() -> memberNotFound(userId));
    }

    /**
     * {@code {"role": "admin" | "member" | "owner"}} for a member of the caller's workspace; giving
     * {@code owner} (the owner only) makes the caller an admin.
     */
    public MemberView changeRole(ActingMember caller, String userId, JsonValue body) {
        JsonObject o = BodyFields.bodyOrEmpty(body, Set.of("role"));
        Role wanted = role(BodyFields.string(o, "role", true, 16));
        Membership target = memberships.membership(caller.user().workspaceId(), userId)
                .orElseThrow(() -> memberNotFound(userId));
        MembershipRules.checkRoleChange(caller.role(), target.role(), wanted);
        Membership changed = writer.changeRole(caller.user().workspaceId(), userId, wanted, caller.user().id());
        if (target.role().manages() && !wanted.manages()) { // a demoted admin signs in again
            sessions.revokeAll(userId);
        }
        User user = workspaces.user(userId).orElseThrow(() -> memberNotFound(userId));
        return new MemberView(user, changed.role(), changed.createdAt());
    }

    /** Removes a member of the caller's workspace (or the caller itself: it leaves). */
    public void remove(ActingMember caller, String userId) {
        Membership target = memberships.membership(caller.user().workspaceId(), userId)
                .orElseThrow(() -> memberNotFound(userId));
        boolean leaving = userId.equals(caller.user().id());
        MembershipRules.checkRemoval(caller.role(), target.role(), leaving);
        writer.remove(caller.user().workspaceId(), userId);
        if (!leaving) {
            sessions.revokeAll(userId);
        }
    }

    /**
     * For server administrators: {@code {"user_id", "role"?}} adds an existing user to workspace
     * {@code orgId} (default role {@code member}; {@code owner} is refused: a workspace has one).
     */
    public MemberView add(String orgId, JsonValue body) {
        if (workspaces.workspace(orgId).isEmpty()) {
            throw workspaceNotFound(orgId);
        }
        JsonObject o = BodyFields.bodyOrEmpty(body, Set.of("user_id", "role"));
        String userId = BodyFields.string(o, "user_id", true, 32);
        String roleText = BodyFields.string(o, "role", false, 16);
        Role role = roleText == null ? Role.MEMBER : role(roleText);
        if (role == Role.OWNER) {
            throw new InvalidInputException("role", "a workspace has one owner, who hands ownership on with"
                    + " PUT /v1/workspaces/{org_id}/members/{user_id}");
        }
        User user = workspaces.user(userId).orElseThrow(() ->
                new InvalidInputException("user_id", "no user " + Quoted.value(userId)));
        if (memberships.membership(orgId, userId).isPresent()) {
            throw new InvalidInputException("user_id", "user " + Quoted.value(userId) + " is already a member");
        }
        Membership added = writer.join(orgId, user, role);
        return new MemberView(user, added.role(), added.createdAt());
    }

    static Role role(String text) {
        return Role.parse(text).orElseThrow(() -> new InvalidInputException("role",
                "role must be one of owner, admin, member, not " + Quoted.of(text)));
    }

    private static NotFoundException workspaceNotFound(String orgId) {
        return new NotFoundException("workspace " + Quoted.value(orgId) + " not found");
    }

    private static NotFoundException memberNotFound(String userId) {
        return new NotFoundException("member " + Quoted.value(userId) + " not found in this workspace");
    }
}
