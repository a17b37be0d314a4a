package io.millrace.infrastructure.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import org.junit.jupiter.api.Test;

class LdapFiltersTest {
    private final Entry alice = new Entry("uid=alice,ou=people,dc=example,dc=com", new com.unboundid.ldap.sdk.Attribute("uid", "alice"),
            new com.unboundid.ldap.sdk.Attribute("objectClass", "person"));

    @Test
    void specialCharactersAreEscaped() {
        assertEquals("(uid=\\2a\\29\\28uid=\\2a)", LdapFilters.fill("(uid={0})", "*)(uid=*", null).toString());
        assertEquals("(uid=a\\5cb\\00)", LdapFilters.fill("(uid={0})", "a\\b\u0000", null).toString());
        assertEquals("(member=cn=x\\2a,dc=y)", LdapFilters.fill("(member={dn})", null, "cn=x*,dc=y").toString());
    }

    @Test
    void anInjectionStaysOneEqualityThatMatchesNobody() throws LDAPException {
        Filter filter = LdapFilters.fill("(&(objectClass=person)(uid={0}))", "*)(uid=*", null);
        assertEquals(Filter.FILTER_TYPE_AND, filter.getFilterType());
        assertEquals(2, filter.getComponents().length);
        assertEquals("*)(uid=*", filter.getComponents()[1].getAssertionValue());
        assertEquals(false, filter.matchesEntry(alice));
        assertEquals(false, LdapFilters.fill("(uid={0})", "*", null).matchesEntry(alice));
        assertEquals(true, LdapFilters.fill("(uid={0})", "alice", null).matchesEntry(alice));
    }

    @Test
    void aBrokenTemplateIsAClearError() {
        assertThrows(IllegalArgumentException.class, () -> LdapFilters.fill("(uid={0}", "alice", null));
    }
}
