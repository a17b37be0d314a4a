package io.millrace.it.support;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFReader;
import java.io.InputStream;
import java.net.InetAddress;

/**
 * A real LDAP directory for tests: UnboundID's in-memory server on a free loopback port, seeded from an
 * LDIF resource. {@link #close} stops it.
 */
public final class TestDirectory implements AutoCloseable {
    private final InMemoryDirectoryServer server;
    private final String baseDn;

    public TestDirectory(String baseDn, String ldifResource) {
        this.baseDn = baseDn;
        try (InputStream ldif = TestDirectory.class.getResourceAsStream(ldifResource)) {
            if (ldif == null) {
                throw new AssertionError("no resource " + ldifResource);
            }
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(baseDn);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap",
                    InetAddress.getLoopbackAddress(), 0, null));
            server = new InMemoryDirectoryServer(config);
            server.importFromLDIF(true, new LDIFReader(ldif));
            server.startListening();
        } catch (Exception e) {
            throw new AssertionError("in-memory directory: " + e, e);
        }
    }

    public String url() {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    public String baseDn() {
        return baseDn;
    }

    /** Takes {@code memberDn} out of the group {@code groupDn}, as a directory administrator would. */
    public void removeMember(String groupDn, String memberDn) {
        try {
            server.modify(groupDn, new Modification(ModificationType.DELETE, "member", memberDn));
        } catch (LDAPException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
