package io.millrace.application.identity;

import io.millrace.domain.workspace.FirstMemberships;
import io.millrace.domain.workspace.Membership;
import io.millrace.domain.workspace.MembershipRepository;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * At start, gives users from before memberships existed their membership of the workspace they belonged
 * to ({@link FirstMemberships}): ids, keys and workspaces stay as they were. Does nothing once every user
 * is a member somewhere.
 */
@ApplicationScoped
public class MembershipMigration {
    private static final Logger LOG = Logger.getLogger(MembershipMigration.class.getName());

    @Inject
    MembershipRepository memberships;
    @Inject
    WorkspaceRepository workspaces;

    @Transactional
    public int migrate() {
        List<User> users = memberships.usersWithoutMembership();
        if (users.isEmpty()) {
            return 0;
        }
        Set<String> withOwner = new HashSet<>();
        users.stream().map(User::workspaceId).distinct()
                .filter(w -> workspaces.owner(w).isPresent()).forEach(withOwner::add);
        List<FirstMemberships.Assignment> assigned = FirstMemberships.assign(users, withOwner);
        for (FirstMemberships.Assignment a : assigned) {
            memberships.add(new Membership(Ids.random("mem_"), a.user().workspaceId(), a.user().id(), a.role(),
                    a.user().createdAt()));
        }
        LOG.info("Gave " + assigned.size() + " users from before workspace memberships their membership");
        return assigned.size();
    }
}
