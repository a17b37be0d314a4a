package io.millrace.infrastructure.ldap;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;

/**
 * Fills the placeholders of a configured filter: {@code {0}} with the username, {@code {dn}} with the
 * user's DN, each escaped as an assertion value (RFC 4515: {@code *}, {@code (}, {@code )}, {@code \} and
 * NUL become {@code \2a} …), so what a person types can never add a clause to the filter.
 */
public final class LdapFilters {
    private LdapFilters() {
    }

    /**
     * @throws IllegalArgumentException when the configured template is not a valid filter
     */
    public static Filter fill(String template, String username, String dn) {
        String text = template.replace("{0}", Filter.encodeValue(username == null ? "" : username))
                .replace("{dn}", Filter.encodeValue(dn == null ? "" : dn));
        try {
            return Filter.create(text);
        } catch (LDAPException e) {
            throw new IllegalArgumentException("not a valid LDAP filter: " + template, e);
        }
    }
}
