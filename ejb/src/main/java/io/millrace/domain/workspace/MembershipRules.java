package io.millrace.domain.workspace;

import io.millrace.shared.ConflictException;
import io.millrace.shared.ForbiddenException;

/**
 * Who may change whose membership (the seed's workspace settings): admins and the owner manage members;
 * the owner can be neither removed nor demoted and cannot leave; only the owner hands ownership on, and
 * then becomes an admin. Members may leave on their own.
 */
public final class MembershipRules {
    private MembershipRules() {
    }

    /** Refuses a caller that does not manage the workspace (403). */
    public static void checkManages(Role caller) {
        if (!caller.manages()) {
            throw new ForbiddenException("only the workspace's admins and owner may do this");
        }
    }

    /**
     * Checks that a caller with role {@code caller} may give the member with role {@code current} the
     * role {@code wanted}.
     */
    public static void checkRoleChange(Role caller, Role current, Role wanted) {
        checkManages(caller);
        if (wanted == Role.OWNER && caller != Role.OWNER) {
            throw new ForbiddenException("only the owner may hand ownership on");
        }
        if (current == Role.OWNER && wanted != Role.OWNER) {
            throw new ConflictException("the owner keeps the role owner until it hands ownership to another member");
        }
    }

    /** Checks that a caller may remove the member ({@code self}: the caller leaves). */
    public static void checkRemoval(Role caller, Role member, boolean self) {
        if (member == Role.OWNER) {
            throw new ConflictException(self
                    ? "the owner cannot leave the workspace: hand ownership to another member first"
                    : "the workspace's owner cannot be removed");
        }
        if (!self) {
            checkManages(caller);
        }
    }
}
