package io.millrace.application.scim;

import io.millrace.application.identity.BrowserSessions;
import io.millrace.domain.scim.Filter;
import io.millrace.domain.scim.FilterParser;
import io.millrace.domain.scim.ScimLink;
import io.millrace.domain.scim.ScimProblem;
import io.millrace.domain.scim.ScimRepository;
import io.millrace.domain.workspace.MembershipRepository;
import io.millrace.domain.workspace.Role;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * The users of a workspace as its identity provider sees them: its members (active) and the users its SCIM
 * deactivated (inactive, kept through their {@link ScimLink}). Deactivating removes the membership and ends
 * the user's browser sessions; reactivating adds it back as a member. A new userName creates a user without
 * password or API key (it signs in with SSO); the userName of an existing user is refused with
 * {@code uniqueness}, whether it is a member here or not, so that no workspace can take over another's
 * account. The owner can be neither deactivated nor deleted ({@code mutability}).
 */
@ApplicationScoped
public class ScimUsers {
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    MembershipRepository memberships;
    @Inject
    ScimRepository scim;
    @Inject
    ScimUserWriter writer;
    @Inject
    BrowserSessions sessions;
    @Inject
    ScimReader reader;

    /** The users matching {@code filter} (null: all), one page. */
    public ScimPage<ScimUser> list(ScimClient client, String filter, int startIndex, int count) {
        Filter f = filter == null ? null : FilterParser.parse(filter, ScimUser.FILTER_PATHS);
        List<ScimUser> all = all(client.workspaceId());
        List<ScimUser> matching = f == null ? all : all.stream().filter(u -> f.matches(u::values)).toList();
        return ScimPage.of(matching, startIndex, count);
    }

    public ScimUser get(ScimClient client, String id) {
        return find(client.workspaceId(), id).orElseThrow(() -> notFound(id));
    }

    public ScimUser create(ScimClient client, JsonObject body) {
        ScimUserState state = ScimUserBody.read(body);
        if (workspaces.userByUsername(state.userName()).isPresent()) {
            throw taken(state.userName());
        }
        String id;
        try {
            id = writer.create(client.workspaceId(), state);
        } catch (RuntimeException e) {
            if (workspaces.userByUsername(state.userName()).isPresent()) { // lost a race for the name
                throw taken(state.userName());
            }
            throw e;
        }
        return get(client, id);
    }

    /** PUT: the user becomes {@code body} (attributes it leaves out are cleared). */
    public ScimUser replace(ScimClient client, String id, JsonObject body) {
        ScimUser current = get(client, id);
        return change(client, current, ScimUserBody.read(body));
    }

    public ScimUser patch(ScimClient client, String id, JsonObject body) {
        ScimUser current = get(client, id);
        return change(client, current, ScimUserPatch.apply(ScimUserState.of(current), body));
    }

    public void delete(ScimClient client, String id) {
        ScimUser current = get(client, id);
        checkNotOwner(current, "deleted");
        writer.delete(client.workspaceId(), id);
        if (current.active()) {
            sessions.revokeAll(id);
        }
    }

    private ScimUser change(ScimClient client, ScimUser current, ScimUserState wanted) {
        if (!wanted.userName().equalsIgnoreCase(current.user().username())) {
            throw ScimProblem.mutability("userName cannot change in Millrace (" + current.user().username()
                    + "): create a new user instead");
        }
        if (!wanted.active()) {
            checkNotOwner(current, "deactivated");
        }
        boolean ownEmail = current.link() != null && current.link().provisioned();
        if (!ownEmail && !java.util.Objects.equals(wanted.email(), current.user().email())) {
            throw ScimProblem.mutability("the email of a user this workspace's SCIM did not create is the user's"
                    + " own: send it unchanged");
        }
        writer.update(client.workspaceId(), current.user().id(), wanted);
        if (current.active() && !wanted.active()) {
            sessions.revokeAll(current.user().id());
        }
        return get(client, current.user().id());
    }

    private static void checkNotOwner(ScimUser u, String what) {
        if (u.role() == Role.OWNER) {
            throw ScimProblem.mutability("the workspace's owner cannot be " + what + " by SCIM");
        }
    }

    /** The workspace's members in the order they joined, then its deactivated users. */
    List<ScimUser> all(String workspaceId) {
        return reader.all(workspaceId);
    }

    Optional<ScimUser> find(String workspaceId, String id) {
        return reader.find(workspaceId, id);
    }

    private static ScimProblem taken(String userName) {
        return ScimProblem.uniqueness("userName '" + userName + "' is taken: a user of this name exists (find a"
                + " member of this workspace with filter=userName eq \"…\"; another workspace's user cannot be"
                + " provisioned here)");
    }

    static ScimProblem notFound(String id) {
        return ScimProblem.notFound("user " + (id == null ? "" : id.length() > 40 ? id.substring(0, 40) + "…" : id)
                + " not found in this workspace");
    }
}
