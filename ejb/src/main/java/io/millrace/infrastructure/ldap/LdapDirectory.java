package io.millrace.infrastructure.ldap;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustStoreTrustManager;
import io.millrace.application.signin.Directory;
import io.millrace.domain.signin.ExternalIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The directory of {@code MILLRACE_LDAP_URL} ({@code ldap://} or {@code ldaps://}, the JVM's trust store):
 * searches the user under {@code MILLRACE_LDAP_BASE_DN} with {@code MILLRACE_LDAP_USER_FILTER} (bound as
 * {@code MILLRACE_LDAP_BIND_DN} when set, else anonymously), requires exactly one entry, then binds as it
 * with the password. Groups come from {@code memberOf}, or from a search with
 * {@code MILLRACE_LDAP_GROUP_FILTER} when set (their {@code cn}). The subject is {@code entryUUID} or
 * Active Directory's {@code objectGUID}, else the DN. One connection per sign-in, closed after it.
 */
@ApplicationScoped
public class LdapDirectory implements Directory {
    private static final String[] USER_ATTRIBUTES = {"uid", "sAMAccountName", "mail", "memberOf", "entryUUID", "objectGUID"};
    private static final int TIMEOUT_MILLIS = 10_000;

    @Inject
    @ConfigProperty(name = "millrace.ldap.url")
    java.util.Optional<String> urlSetting;
    @Inject
    @ConfigProperty(name = "millrace.ldap.base.dn")
    java.util.Optional<String> baseDnSetting;
    @Inject
    @ConfigProperty(name = "millrace.ldap.bind.dn")
    java.util.Optional<String> bindDnSetting;
    @Inject
    @ConfigProperty(name = "millrace.ldap.bind.password")
    java.util.Optional<String> bindPasswordSetting;
    @Inject
    @ConfigProperty(name = "millrace.ldap.user.filter", defaultValue = "(uid={0})")
    String userFilter;
    @Inject
    @ConfigProperty(name = "millrace.ldap.group.filter")
    java.util.Optional<String> groupFilterSetting;

    @Override
    public boolean enabled() {
        return !url().isBlank();
    }

    @Override
    public Optional<ExternalIdentity> verify(String username, String password) {
        if (!enabled() || username == null || username.isEmpty() || password == null || password.isEmpty()) {
            return Optional.empty(); // an empty password would be an unauthenticated bind, which "succeeds"
        }
        try (LDAPConnection connection = connect()) {
            if (!bindDn().isBlank()) {
                connection.bind(bindDn(), bindPassword());
            }
            SearchResult found = connection.search(baseDn(), SearchScope.SUB, LdapFilters.fill(userFilter, username, null),
                    USER_ATTRIBUTES);
            if (found.getEntryCount() != 1) {
                return Optional.empty();
            }
            SearchResultEntry user = found.getSearchEntries().get(0);
            try {
                connection.bind(user.getDN(), password);
            } catch (LDAPException e) {
                if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
                    return Optional.empty();
                }
                throw e;
            }
            if (!bindDn().isBlank()) {
                connection.bind(bindDn(), bindPassword()); // group searches as the service account
            }
            return Optional.of(new ExternalIdentity("ldap", subject(user), name(user, username),
                    user.getAttributeValue("mail"), groups(connection, user, username)));
        } catch (LDAPException e) {
            throw new IllegalStateException("LDAP " + e.getResultCode() + ": " + e.getDiagnosticMessage(), e);
        }
    }

    private LDAPConnection connect() throws LDAPException {
        LDAPURL ldapUrl = new LDAPURL(url().trim());
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(TIMEOUT_MILLIS);
        options.setResponseTimeoutMillis(TIMEOUT_MILLIS);
        if ("ldaps".equalsIgnoreCase(ldapUrl.getScheme())) {
            try {
                String trustStore = System.getProperty("javax.net.ssl.trustStore",
                        System.getProperty("java.home") + "/lib/security/cacerts");
                SSLUtil ssl = new SSLUtil(new TrustStoreTrustManager(trustStore));
                return new LDAPConnection(ssl.createSSLSocketFactory(), options, ldapUrl.getHost(), ldapUrl.getPort());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("LDAP TLS: " + e.getMessage(), e);
            }
        }
        return new LDAPConnection(options, ldapUrl.getHost(), ldapUrl.getPort());
    }

    private List<String> groups(LDAPConnection connection, SearchResultEntry user, String username) throws LDAPException {
        List<String> groups = new ArrayList<>();
        String[] memberOf = user.getAttributeValues("memberOf");
        if (memberOf != null) {
            groups.addAll(List.of(memberOf));
        }
        if (!groupFilter().isBlank()) {
            SearchResult found = connection.search(baseDn(), SearchScope.SUB,
                    LdapFilters.fill(groupFilter(), username, user.getDN()), "cn");
            for (SearchResultEntry group : found.getSearchEntries()) {
                groups.add(group.getAttributeValue("cn") != null ? group.getAttributeValue("cn") : group.getDN());
            }
        }
        return groups;
    }

    private static String subject(SearchResultEntry user) throws LDAPException {
        if (user.hasAttribute("entryUUID")) {
            return user.getAttributeValue("entryUUID");
        }
        Attribute guid = user.getAttribute("objectGUID");
        if (guid != null && guid.getValueByteArray() != null) {
            return HexFormat.of().formatHex(guid.getValueByteArray());
        }
        return new DN(user.getDN()).toNormalizedString();
    }

    private static String name(SearchResultEntry user, String typed) {
        String uid = user.getAttributeValue("uid");
        if (uid == null) {
            uid = user.getAttributeValue("sAMAccountName");
        }
        return uid == null ? typed : uid;
    }

    private String url() {
        return urlSetting.orElse("");
    }

    private String baseDn() {
        return baseDnSetting.orElse("");
    }

    private String bindDn() {
        return bindDnSetting.orElse("");
    }

    private String bindPassword() {
        return bindPasswordSetting.orElse("");
    }

    private String groupFilter() {
        return groupFilterSetting.orElse("");
    }
}
