package io.millrace.domain.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The memberships of users from before memberships existed, when each user belonged to the one workspace
 * named by its {@code workspaceId}: in a workspace without an owner, its first administrator (oldest,
 * then by id) becomes the owner, or its first user when it has no administrator; other administrators
 * become admins, the rest members.
 */
public final class FirstMemberships {
    private FirstMemberships() {
    }

    /** A role for one user in its workspace. */
    public record Assignment(User user, Role role) {
    }

    /**
     * @param users             the users without membership
     * @param workspacesWithOwner workspaces that already have an owner
     */
    public static List<Assignment> assign(List<User> users, Set<String> workspacesWithOwner) {
        Map<String, List<User>> byWorkspace = new LinkedHashMap<>();
        users.stream().sorted(Comparator.comparingLong(User::createdAt).thenComparing(User::id))
                .forEach(u -> byWorkspace.computeIfAbsent(u.workspaceId(), w -> new ArrayList<>()).add(u));
        List<Assignment> out = new ArrayList<>();
        byWorkspace.forEach((workspaceId, members) -> {
            User owner = workspacesWithOwner.contains(workspaceId) ? null
                    : members.stream().filter(User::admin).findFirst().orElse(members.get(0));
            for (User u : members) {
                out.add(new Assignment(u, u == owner ? Role.OWNER : u.admin() ? Role.ADMIN : Role.MEMBER));
            }
        });
        return out;
    }
}
