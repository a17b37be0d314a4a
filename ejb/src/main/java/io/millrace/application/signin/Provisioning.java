package io.millrace.application.signin;

import io.millrace.application.audit.AuditLog;
import io.millrace.domain.audit.Actor;
import io.millrace.domain.audit.ActorType;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.domain.signin.ExternalIdentity;
import io.millrace.domain.signin.GroupMapping;
import io.millrace.domain.signin.IdentityLink;
import io.millrace.domain.signin.IdentityLinkRepository;
import io.millrace.domain.signin.MappedRole;
import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.User;
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

/**
 * One transaction per sign-in: finds the user linked to the identity or creates it just in time (username
 * from the identity, made unique; a random API key hash nobody knows), then makes its memberships in the
 * mapped workspaces follow the groups: joins, role changes, leaving those whose group it lost. An owner is
 * never demoted or removed by the mapping; workspaces the mapping does not name are left alone. Every change
 * is in the audit log with the user as actor.
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
    AuditLog audit;

    /** The user with its memberships after the change; no memberships means it must not be let in. */
    public SignedIn provision(ExternalIdentity identity, GroupMapping mapping) {
        long now = System.currentTimeMillis();
        Map<String, MappedRole> wanted = resolve(mapping.rolesFor(identity.groups()));
        Optional<IdentityLink> link = links.find(identity.provider(), identity.subject());
        boolean created = false;
        User user;
        if (link.isPresent()) {
            user = workspaces.user(link.get().userId()).orElseThrow(() -> new SignInRefused(403,
                    "your Millrace account was deleted; ask an administrator", null));
            link.get().signedIn(now);
        } else {
            if (wanted.isEmpty()) {
                return new SignedIn(null, false, identity.method(), List.of());
            }
            user = create(identity, wanted.keySet().iterator().next(), now);
            links.add(new IdentityLink(Ids.random("il_"), identity.provider(), identity.subject(), user.id(), now));
            created = true;
        }
        Actor actor = new Actor(ActorType.USER, user.id(), user.username());
        if (created) {
            audit.record(actor, user.workspaceId(), AuditActions.USER_PROVISIONED, new Target("user", user.id()),
                    Jsonp.createObjectBuilder().add("username", user.username()).add("method", identity.method()).build());
            MappedRole first = wanted.get(user.workspaceId());
            memberships.join(user.id(), user.workspaceId(), first);
            change(actor, user.workspaceId(), AuditActions.MEMBERSHIP_ADDED, user, null, first);
        }
        follow(user, wanted, resolve(mapping.managedWorkspaces()), actor);
        List<SignedIn.Membership> joined = new ArrayList<>();
        memberships.rolesOf(user.id()).forEach((workspaceId, role) -> workspaces.workspace(workspaceId).ifPresent(w ->
                joined.add(new SignedIn.Membership(w.id(), w.orgname(), role.value()))));
        if (!joined.isEmpty()) {
            for (SignedIn.Membership m : joined) {
                audit.record(actor, m.workspaceId(), AuditActions.USER_SIGNED_IN, new Target("user", user.id()),
                        Jsonp.createObjectBuilder().add("method", identity.method()).build());
            }
        }
        return new SignedIn(user, created, identity.method(), List.copyOf(joined));
    }

    private void follow(User user, Map<String, MappedRole> wanted, Map<String, MappedRole> managed, Actor actor) {
        Map<String, MappedRole> current = memberships.rolesOf(user.id());
        wanted.forEach((workspaceId, role) -> {
            MappedRole had = current.get(workspaceId);
            if (had == null) {
                memberships.join(user.id(), workspaceId, role);
                change(actor, workspaceId, AuditActions.MEMBERSHIP_ADDED, user, null, role);
            } else if (had != role && had != MappedRole.OWNER) {
                memberships.changeRole(user.id(), workspaceId, role);
                change(actor, workspaceId, AuditActions.MEMBERSHIP_ROLE_CHANGED, user, had, role);
            }
        });
        current.forEach((workspaceId, role) -> {
            if (managed.containsKey(workspaceId) && !wanted.containsKey(workspaceId) && role != MappedRole.OWNER) {
                memberships.leave(user.id(), workspaceId);
                change(actor, workspaceId, AuditActions.MEMBERSHIP_REMOVED, user, role, null);
            }
        });
    }

    private void change(Actor actor, String workspaceId, String action, User user, MappedRole from, MappedRole to) {
        var details = Jsonp.createObjectBuilder().add("username", user.username()).add("by", "sso_group_mapping");
        if (from != null) {
            details.add("previous_role", from.value());
        }
        if (to != null) {
            details.add("role", to.value());
        }
        audit.record(actor, workspaceId, action, new Target("user", user.id()), details.build());
    }

    /** Orgnames to workspace ids, in order; orgnames with no workspace are left out (and logged). */
    private Map<String, MappedRole> resolve(Map<String, MappedRole> byOrgname) {
        Map<String, MappedRole> byId = new LinkedHashMap<>();
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

    private Map<String, MappedRole> resolve(java.util.Set<String> orgnames) {
        Map<String, MappedRole> byOrgname = new LinkedHashMap<>();
        orgnames.forEach(o -> byOrgname.put(o, MappedRole.MEMBER));
        return resolve(byOrgname);
    }

    private User create(ExternalIdentity identity, String workspaceId, long now) {
        User user = new User(Ids.random("u_"), Usernames.unique(identity.username(), n -> workspaces.userByUsername(n).isPresent()),
                Usernames.email(identity.email()), ApiKeys.hash(Ids.secret("mr_")), workspaceId, false, now);
        workspaces.add(user);
        return user;
    }
}
