package io.millrace.application.signin;

import io.millrace.application.audit.AuditLog;
import io.millrace.application.identity.SignInRefusedException;
import io.millrace.application.identity.UserWriter;
import io.millrace.domain.audit.Actor;
import io.millrace.domain.audit.ActorType;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.domain.signin.ExternalIdentity;
import io.millrace.domain.signin.GroupMapping;
import io.millrace.domain.signin.IdentityLink;
import io.millrace.domain.signin.IdentityLinkRepository;
import io.millrace.domain.workspace.Role;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.UserRequest;
import io.millrace.domain.workspace.Workspace;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.shared.Ids;
import io.millrace.shared.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One transaction per sign-in: finds the user linked to the identity or creates it just in time, then makes
 * its memberships in the mapped workspaces follow the groups: joins, role changes, leaving those whose group
 * it lost. A new user is created by {@link UserWriter} as a member of the first mapped workspace (no
 * workspace of its own; that is its one membership there, with the mapped role; its API key is thrown
 * away); username from the identity, made unique. An owner is never demoted or removed by the mapping;
 * workspaces the mapping does not name are left alone.
 */
@ApplicationScoped
@Transactional
public class Provisioning {
    private static final System.Logger LOG = System.getLogger(Provisioning.class.getName());

    @Inject
    WorkspaceRepository workspaces;
    @Inject
    IdentityLinkRepository links;
    @Inject
    WorkspaceMemberships memberships;
    @Inject
    UserWriter users;
    @Inject
    AuditLog audit;

    /** The user with its memberships after the change; no memberships means it must not be let in. */
    public Admitted provision(ExternalIdentity identity, GroupMapping mapping) {
        long now = System.currentTimeMillis();
        Map<String, Role> wanted = resolve(mapping.rolesFor(identity.groups()));
        Optional<IdentityLink> link = links.find(identity.provider(), identity.subject());
        boolean created = false;
        User user;
        if (link.isPresent()) {
            user = workspaces.user(link.get().userId()).orElseThrow(() -> new SignInRefusedException(403,
                    "your Millrace account was deleted; ask an administrator", null));
            link.get().signedIn(now);
        } else {
            if (wanted.isEmpty()) {
                return new Admitted(null, false, identity.method(), List.of());
            }
            Map.Entry<String, Role> first = wanted.entrySet().iterator().next();
            String username = Usernames.unique(identity.username(), n -> workspaces.userByUsername(n).isPresent());
            user = users.create(new UserRequest(username, Usernames.email(identity.email()), first.getKey(),
                    first.getValue(), false)).user();
            links.add(new IdentityLink(Ids.random("il_"), identity.provider(), identity.subject(), user.id(), now));
            created = true;
            audit.record(new Actor(ActorType.USER, user.id(), user.username()), user.workspaceId(),
                    AuditActions.USER_PROVISIONED, new Target("user", user.id()),
                    Jsonp.createObjectBuilder().add("username", user.username()).add("method", identity.method())
                            .add("provider", identity.provider()).build());
        }
        follow(user, wanted, resolve(mapping.managedWorkspaces()));
        List<Admitted.Membership> joined = new ArrayList<>();
        memberships.rolesOf(user.id()).forEach((workspaceId, role) -> workspaces.workspace(workspaceId).ifPresent(w ->
                joined.add(new Admitted.Membership(w.id(), w.orgname(), role))));
        return new Admitted(workspaces.user(user.id()).orElse(user), created, identity.method(), List.copyOf(joined));
    }

    private void follow(User user, Map<String, Role> wanted, Map<String, Role> managed) {
        Map<String, Role> current = memberships.rolesOf(user.id());
        wanted.forEach((workspaceId, role) -> {
            Role had = current.get(workspaceId);
            if (had == null) {
                memberships.join(user, workspaceId, role);
            } else if (had != role && had != Role.OWNER) {
                memberships.changeRole(user, workspaceId, role);
            }
        });
        current.forEach((workspaceId, role) -> {
            if (managed.containsKey(workspaceId) && !wanted.containsKey(workspaceId) && role != Role.OWNER) {
                memberships.leave(user, workspaceId);
            }
        });
    }

    /** Orgnames to workspace ids, in order; orgnames with no workspace are left out (and logged). */
    private Map<String, Role> resolve(Map<String, Role> byOrgname) {
        Map<String, Role> byId = new LinkedHashMap<>();
        byOrgname.forEach((orgname, role) -> {
            Optional<Workspace> workspace = workspaces.workspaceByOrgname(orgname);
            if (workspace.isPresent()) {
                byId.put(workspace.get().id(), role);
            } else {
                LOG.log(System.Logger.Level.WARNING, "MILLRACE_SSO_GROUPS names workspace {0}, which does not exist", orgname);
            }
        });
        return byId;
    }

    private Map<String, Role> resolve(Set<String> orgnames) {
        Map<String, Role> byOrgname = new LinkedHashMap<>();
        orgnames.forEach(o -> byOrgname.put(o, Role.MEMBER));
        return byOrgname.isEmpty() ? byOrgname : resolve(byOrgname);
    }
}
