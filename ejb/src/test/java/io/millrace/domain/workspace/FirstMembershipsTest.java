package io.millrace.domain.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FirstMembershipsTest {
    private static User user(String id, String workspace, boolean admin, long created) {
        return new User(id, id, null, "h" + id, workspace, admin, created);
    }

    private static Map<String, Role> roles(List<User> users, Set<String> withOwner) {
        return FirstMemberships.assign(users, withOwner).stream()
                .collect(Collectors.toMap(a -> a.user().id(), FirstMemberships.Assignment::role));
    }

    @Test
    void theFirstAdminOwnsOtherAdminsStayAdminsTheRestAreMembers() {
        List<User> users = List.of(user("u_member", "o_a", false, 1), user("u_admin2", "o_a", true, 5),
                user("u_admin1", "o_a", true, 3));
        assertEquals(Map.of("u_member", Role.MEMBER, "u_admin1", Role.OWNER, "u_admin2", Role.ADMIN),
                roles(users, Set.of()));
    }

    @Test
    void aWorkspaceWithoutAdminIsOwnedByItsFirstUserAndEachWorkspaceGetsOne() {
        List<User> users = List.of(user("u_b2", "o_b", false, 9), user("u_b1", "o_b", false, 2),
                user("u_c1", "o_c", false, 2));
        assertEquals(Map.of("u_b1", Role.OWNER, "u_b2", Role.MEMBER, "u_c1", Role.OWNER), roles(users, Set.of()));
    }

    @Test
    void aWorkspaceThatHasAnOwnerGetsNoSecond() {
        List<User> users = List.of(user("u_late", "o_a", true, 9), user("u_new", "o_a", false, 10));
        assertEquals(Map.of("u_late", Role.ADMIN, "u_new", Role.MEMBER), roles(users, Set.of("o_a")));
    }

    @Test
    void sameCreationTimeIsOrderedById() {
        List<User> users = List.of(user("u_z", "o_a", true, 1), user("u_a", "o_a", true, 1));
        assertEquals(Role.OWNER, roles(users, Set.of()).get("u_a"));
    }
}
