package io.millrace.application.scim;

import io.millrace.domain.scim.ScimLink;
import io.millrace.domain.scim.ScimRepository;
import io.millrace.domain.workspace.MembershipRepository;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the workspace's SCIM users, each read in a transaction of its own: outside one, the server keeps
 * what a request read first and a SCIM answer would show a user as it was before the request changed it.
 */
@ApplicationScoped
@Transactional
public class ScimReader {
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    MembershipRepository memberships;
    @Inject
    ScimRepository scim;

    /** The workspace's members in the order they joined, then its deactivated users. */
    public List<ScimUser> all(String workspaceId) {
        Map<String, ScimLink> links = new LinkedHashMap<>();
        scim.linksOf(workspaceId).forEach(l -> links.put(l.userId(), l));
        List<ScimUser> users = new ArrayList<>();
        for (MembershipRepository.Member m : memberships.members(workspaceId)) {
            users.add(new ScimUser(m.user(), links.remove(m.user().id()), m.membership().role(),
                    m.membership().createdAt()));
        }
        for (ScimLink l : links.values()) {
            workspaces.user(l.userId()).ifPresent(u -> users.add(new ScimUser(u, l, null, 0)));
        }
        return users;
    }

    public Optional<ScimUser> find(String workspaceId, String id) {
        if (id == null || id.length() > 32) {
            return Optional.empty();
        }
        Optional<User> user = workspaces.user(id);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Optional<ScimLink> link = scim.link(workspaceId, id);
        return memberships.membership(workspaceId, id)
                .map(m -> new ScimUser(user.get(), link.orElse(null), m.role(), m.createdAt()))
                .or(() -> link.map(l -> new ScimUser(user.get(), l, null, 0)));
    }

}
