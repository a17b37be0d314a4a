package io.millrace.domain.workspace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoginPolicyTest {
    private static Workspace workspace(LoginMethods methods, String... domains) {
        Workspace w = new Workspace("o_1", "Acme", "acme", null, 0);
        w.loginMethods(methods);
        w.ssoDomains(List.of(domains));
        return w;
    }

    @Test
    void anyAllowsPasswords() {
        assertTrue(LoginPolicy.allows(workspace(LoginMethods.ANY), Role.MEMBER, null, SignInMethod.PASSWORD));
    }

    @Test
    void ssoOnlyRefusesAMembersPasswordButNotTheOwnersNorSso() {
        Workspace w = workspace(LoginMethods.SSO_ONLY);
        assertFalse(LoginPolicy.allows(w, Role.MEMBER, "a@acme.com", SignInMethod.PASSWORD));
        assertFalse(LoginPolicy.allows(w, Role.ADMIN, "a@acme.com", SignInMethod.PASSWORD));
        assertTrue(LoginPolicy.allows(w, Role.OWNER, "a@acme.com", SignInMethod.PASSWORD));
        for (SignInMethod sso : List.of(SignInMethod.LDAP, SignInMethod.OIDC, SignInMethod.SAML)) {
            assertTrue(LoginPolicy.allows(w, Role.MEMBER, "a@acme.com", sso));
        }
    }

    @Test
    void ssoWithGuestsLetsOtherDomainsUsePasswords() {
        Workspace w = workspace(LoginMethods.SSO_WITH_GUESTS, "acme.com");
        assertFalse(LoginPolicy.allows(w, Role.MEMBER, "a@ACME.com", SignInMethod.PASSWORD));
        assertTrue(LoginPolicy.allows(w, Role.MEMBER, "guest@partner.org", SignInMethod.PASSWORD));
        assertFalse(LoginPolicy.allows(w, Role.MEMBER, null, SignInMethod.PASSWORD), "no address: no guest");
    }

    @Test
    void rowsFromBeforeTheSettingAllowAnyMethod() {
        Workspace w = new Workspace("o_1", "Acme", "acme", null, 0);
        assertTrue(LoginPolicy.allows(w, Role.MEMBER, null, SignInMethod.PASSWORD));
        assertFalse(w.requireTwoFactor());
    }
}
