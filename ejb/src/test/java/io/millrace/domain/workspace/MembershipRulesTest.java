package io.millrace.domain.workspace;

import static io.millrace.domain.workspace.Role.ADMIN;
import static io.millrace.domain.workspace.Role.MEMBER;
import static io.millrace.domain.workspace.Role.OWNER;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.millrace.shared.ConflictException;
import io.millrace.shared.ForbiddenException;
import org.junit.jupiter.api.Test;

class MembershipRulesTest {
    @Test
    void adminsAndTheOwnerChangeRolesMembersDoNot() {
        assertDoesNotThrow(() -> MembershipRules.checkRoleChange(ADMIN, MEMBER, ADMIN));
        assertDoesNotThrow(() -> MembershipRules.checkRoleChange(ADMIN, ADMIN, MEMBER));
        assertDoesNotThrow(() -> MembershipRules.checkRoleChange(OWNER, MEMBER, ADMIN));
        assertThrows(ForbiddenException.class, () -> MembershipRules.checkRoleChange(MEMBER, MEMBER, ADMIN));
        assertThrows(ForbiddenException.class, () -> MembershipRules.checkRoleChange(MEMBER, ADMIN, MEMBER));
    }

    @Test
    void onlyTheOwnerHandsOwnershipOnAndTheOwnerIsNeverDemoted() {
        assertDoesNotThrow(() -> MembershipRules.checkRoleChange(OWNER, ADMIN, OWNER));
        assertThrows(ForbiddenException.class, () -> MembershipRules.checkRoleChange(ADMIN, ADMIN, OWNER));
        assertThrows(ConflictException.class, () -> MembershipRules.checkRoleChange(ADMIN, OWNER, MEMBER));
        assertThrows(ConflictException.class, () -> MembershipRules.checkRoleChange(OWNER, OWNER, ADMIN));
    }

    @Test
    void membersLeaveAdminsRemoveTheOwnerStays() {
        assertDoesNotThrow(() -> MembershipRules.checkRemoval(MEMBER, MEMBER, true));
        assertDoesNotThrow(() -> MembershipRules.checkRemoval(ADMIN, ADMIN, true));
        assertDoesNotThrow(() -> MembershipRules.checkRemoval(ADMIN, MEMBER, false));
        assertDoesNotThrow(() -> MembershipRules.checkRemoval(OWNER, ADMIN, false));
        assertThrows(ForbiddenException.class, () -> MembershipRules.checkRemoval(MEMBER, MEMBER, false));
        assertThrows(ConflictException.class, () -> MembershipRules.checkRemoval(ADMIN, OWNER, false));
        assertThrows(ConflictException.class, () -> MembershipRules.checkRemoval(OWNER, OWNER, true));
    }
}
