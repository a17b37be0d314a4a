package io.millrace.domain.workspace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectAccessRuleTest {
    private static Project project(boolean restricted) {
        Project p = new Project("proj_1", "o_1", "P", "u_creator", 1L);
        p.restrict(restricted);
        return p;
    }

    @Test
    void everyMemberSeesAnUnrestrictedProject() {
        assertTrue(ProjectAccessRule.sees(project(false), "u_any", Role.MEMBER, Set.of()));
        assertTrue(ProjectAccessRule.sees(project(false), null, Role.MEMBER, Set.of()), "an OAuth token too");
    }

    @Test
    void aRestrictedProjectIsSeenByListedMembersTheCreatorAdminsAndTheOwner() {
        Project p = project(true);
        assertTrue(ProjectAccessRule.sees(p, "u_listed", Role.MEMBER, Set.of("u_listed")));
        assertTrue(ProjectAccessRule.sees(p, "u_creator", Role.MEMBER, Set.of()));
        assertTrue(ProjectAccessRule.sees(p, "u_admin", Role.ADMIN, Set.of()));
        assertTrue(ProjectAccessRule.sees(p, "u_owner", Role.OWNER, Set.of()));
        assertFalse(ProjectAccessRule.sees(p, "u_other", Role.MEMBER, Set.of("u_listed")));
        assertFalse(ProjectAccessRule.sees(p, null, Role.MEMBER, Set.of("u_listed")), "an OAuth token does not");
    }

    @Test
    void onlyTheCreatorAdminsAndTheOwnerManage() {
        Project p = project(false);
        assertTrue(ProjectAccessRule.manages(p, "u_creator", Role.MEMBER));
        assertTrue(ProjectAccessRule.manages(p, "u_admin", Role.ADMIN));
        assertTrue(ProjectAccessRule.manages(p, "u_owner", Role.OWNER));
        assertFalse(ProjectAccessRule.manages(p, "u_listed", Role.MEMBER));
        assertFalse(ProjectAccessRule.manages(p, null, Role.MEMBER));
        Project old = new Project("proj_0", "o_1", "default", 1L);
        assertFalse(ProjectAccessRule.manages(old, "u_any", Role.MEMBER), "a project from before has no creator");
        assertFalse(new HiddenProjects(Set.of("proj_1")).hides(null));
        assertTrue(new HiddenProjects(Set.of("proj_1")).hides("proj_1"));
    }
}
