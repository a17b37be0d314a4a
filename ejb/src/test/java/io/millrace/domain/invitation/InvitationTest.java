package io.millrace.domain.invitation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.workspace.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvitationTest {
    @Test
    void aLinkAllowsAddressesOfItsDomainsOnly() {
        Invitation link = Invitation.link("invl_1", "o_1", List.of("example.com"), Role.MEMBER, "h", "u_1", 0, 10);
        assertTrue(link.allowsDomainOf("ann@EXAMPLE.com"));
        assertFalse(link.allowsDomainOf("ann@example.com.evil.org"));
        assertFalse(link.allowsDomainOf("ann@sub.example.com"));
        assertFalse(link.allowsDomainOf(null));
    }

    @Test
    void anEmailInvitationAllowsNoDomainAndExpires() {
        Invitation i = Invitation.forEmail("inv_1", "o_1", "ann@example.com", Role.ADMIN, "h", "u_1", 0, 10);
        assertFalse(i.allowsDomainOf("ann@example.com"));
        assertFalse(i.expired(9));
        assertTrue(i.expired(10));
    }
}
