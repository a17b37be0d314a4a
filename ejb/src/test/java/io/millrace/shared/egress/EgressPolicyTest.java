package io.millrace.shared.egress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetAddress;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EgressPolicyTest {
    private static final InetAddress THIS_HOST = Addresses.literal("203.0.114.7");
    private static final EgressPolicy POLICY = new EgressPolicy(AllowList.NONE, Set.of(9080, 61616),
            () -> Set.of(THIS_HOST, Addresses.literal("10.0.0.2")));

    private static String refusal(EgressPolicy policy, String host, String address, int port) {
        return policy.refusal(host, Addresses.literal(address), port);
    }

    @Test
    void internalAddressesAreRefusedByDefault() {
        assertEquals("a loopback address", refusal(POLICY, "localhost", "127.0.0.1", 5432));
        assertEquals("a loopback address", refusal(POLICY, "localhost", "::1", 80));
        assertEquals("a private address", refusal(POLICY, "db", "192.168.0.10", 80));
        assertEquals("a link-local address", refusal(POLICY, "169.254.169.254", "169.254.169.254", 80));
        assertEquals("a unique local address", refusal(POLICY, "x", "fd00::1", 80));
        assertEquals("the unspecified address", refusal(POLICY, "0.0.0.0", "0.0.0.0", 8080));
        assertEquals("a shared (carrier-grade NAT) address", refusal(POLICY, "x", "100.100.1.1", 80));
        assertEquals("a multicast address", refusal(POLICY, "x", "239.1.1.1", 80));
        assertEquals("a loopback address", refusal(POLICY, "x", "::ffff:127.0.0.1", 80));
        assertNull(refusal(POLICY, "example.com", "93.184.216.34", 443));
    }

    @Test
    void theServersOwnPortsAreRefusedOnEveryLocalAddressUnlessAnEntryNamesThePort() {
        assertEquals("a port of this server", refusal(POLICY, "127.0.0.1", "127.0.0.1", 9080));
        assertEquals("a port of this server", refusal(POLICY, "x", "0.0.0.0", 9080));
        assertEquals("a port of this server", refusal(POLICY, "x", THIS_HOST.getHostAddress(), 9080));
        assertEquals("a port of this server", refusal(POLICY, "x", "10.0.0.2", 61616));
        assertEquals("an address of this server", refusal(POLICY, "x", THIS_HOST.getHostAddress(), 22),
                "a public address of this host is refused on every port");
        assertNull(refusal(POLICY, "x", "93.184.216.34", 9080), "another host's port 9080 is fine");

        EgressPolicy loopback = POLICY.withAllowList(AllowList.parse("127.0.0.1"));
        assertNull(refusal(loopback, "localhost", "127.0.0.1", 8081));
        assertEquals("a port of this server", refusal(loopback, "localhost", "127.0.0.1", 9080));
        assertEquals("a loopback address", refusal(loopback, "localhost", "::1", 8081));
        EgressPolicy everything = POLICY.withAllowList(AllowList.parse("*"));
        assertEquals("a port of this server", refusal(everything, "localhost", "127.0.0.1", 9080));
        EgressPolicy ownPort = POLICY.withAllowList(AllowList.parse("127.0.0.1:9080"));
        assertNull(refusal(ownPort, "localhost", "127.0.0.1", 9080));
    }

    @Test
    void theAllowListLetsInternalHostsThrough() {
        EgressPolicy policy = POLICY.withAllowList(AllowList.parse("intranet.corp, 10.0.0.0/8:5432, fd00::/8"));
        assertNull(refusal(policy, "intranet.corp", "192.168.3.3", 80));
        assertNull(refusal(policy, "db", "10.1.1.1", 5432));
        assertEquals("a private address", refusal(policy, "db", "10.1.1.1", 22));
        assertNull(refusal(policy, "v6", "fd00::9", 80));
        assertEquals("a loopback address", refusal(policy, "elsewhere", "127.0.0.1", 80));
    }
}
