package io.millrace.application.identity;

import io.millrace.domain.workspace.MembershipRules;
import io.millrace.domain.workspace.Role;
import io.millrace.shared.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A workspace's admins and owner list and revoke its members' API keys (the keys are the user's, so a
 * revoked key stops working in every workspace of the user). The owner's keys are the owner's alone.
 */
@ApplicationScoped
public class MemberKeys {
    @Inject
    Memberships memberships;
    @Inject
    ApiKeyAccounts keys;

    /** The member's keys, oldest first, without secrets. */
    public List<ApiKeyView> list(ActingMember caller, String userId) {
        check(caller, userId);
        return keys.listOf(userId);
    }

    /** Revokes one of the member's keys (its last one included). */
    public void revoke(ActingMember caller, String userId, String keyId) {
        check(caller, userId);
        keys.revoke(caller.user(), userId, keyId);
    }

    private void check(ActingMember caller, String userId) {
        MembershipRules.checkManages(caller.role());
        MemberView member = memberships.member(caller, userId);
        if (member.role() == Role.OWNER && !userId.equals(caller.user().id())) {
            throw new ForbiddenException("only the owner manages the owner's API keys");
        }
    }
}
