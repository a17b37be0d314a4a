package io.millrace.domain.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.workspace.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupMappingTest {
    private final GroupMapping mapping = GroupMapping.parse(
            " engineers=acme:member, ops = acme:admin ,Design=studio:member,studio=studio:admin", "");

    @Test
    void theHighestRoleOfTheGroupsWinsPerWorkspace() {
        assertEquals(Map.of("acme", Role.ADMIN), mapping.rolesFor(List.of("engineers", "ops")));
        assertEquals(Map.of("acme", Role.MEMBER, "studio", Role.ADMIN),
                mapping.rolesFor(List.of("studio", "engineers", "design")));
    }

    @Test
    void groupsMatchWithoutCaseAndByTheFirstValueOfADn() {
        assertEquals(Map.of("acme", Role.ADMIN), mapping.rolesFor(List.of("cn=OPS,ou=groups,dc=example,dc=com")));
        assertEquals(Map.of("studio", Role.MEMBER), mapping.rolesFor(List.of("DESIGN")));
    }

    @Test
    void noMappedGroupMeansTheDefaultWorkspaceOrNothing() {
        assertEquals(Map.of(), mapping.rolesFor(List.of("visitors")));
        GroupMapping withDefault = GroupMapping.parse("ops=acme:admin", " lobby ");
        assertEquals(Map.of("lobby", Role.MEMBER), withDefault.rolesFor(List.of()));
        assertEquals(Map.of("acme", Role.ADMIN), withDefault.rolesFor(List.of("ops")), "no default when mapped");
        assertEquals(Set.of("acme", "lobby"), withDefault.managedWorkspaces());
    }

    @Test
    void anEmptyMappingIsAllowed() {
        assertTrue(GroupMapping.parse("", "").rolesFor(List.of("x")).isEmpty());
        assertTrue(GroupMapping.parse(null, null).managedWorkspaces().isEmpty());
    }

    @Test
    void malformedEntriesAreRefusedNamingThem() {
        for (String bad : new String[] {"ops", "ops=acme", "=acme:admin", "ops=:admin", "ops=acme:", "ops=acme:boss"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GroupMapping.parse(bad, ""), bad);
            assertTrue(e.getMessage().startsWith("MILLRACE_SSO_GROUPS: '" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void aGroupCannotMakeAnOwner() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GroupMapping.parse("founders=acme:owner", ""));
        assertTrue(e.getMessage().contains("not admin or member"), e.getMessage());
    }

    @Test
    void groupNamesMayContainEqualsSignsButNoCommas() {
        GroupMapping rdn = GroupMapping.parse("cn=ops=acme:admin", "");
        assertEquals(Map.of("acme", Role.ADMIN), rdn.rolesFor(List.of("CN=ops")));
    }
}
