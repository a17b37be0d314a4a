package io.millrace.shared.egress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllowListTest {

    private static InetAddress ip(String literal) {
        return Addresses.literal(literal);
    }

    @Test
    void hostNamesMatchTheUrlHostAndSubdomainPatternsTheirSubdomains() {
        AllowList list = AllowList.parse("intranet.example.com, *.corp.example");
        assertTrue(list.allows("intranet.example.com", ip("10.0.0.5"), 80));
        assertTrue(list.allows("INTRANET.example.com.", ip("10.0.0.5"), 443));
        assertTrue(list.allows("a.b.corp.example", ip("10.0.0.5"), 80));
        assertFalse(list.allows("corp.example", ip("10.0.0.5"), 80));
        assertFalse(list.allows("evilcorp.example", ip("10.0.0.5"), 80));
        assertFalse(list.allows("other.example.com", ip("10.0.0.5"), 80));
        assertEquals(List.of(), list.errors());
    }

    @Test
    void addressesAndRangesMatchTheResolvedAddress() {
        AllowList list = AllowList.parse("10.0.0.0/8 192.168.1.7,fd00::/8\n127.0.0.1");
        assertTrue(list.allows("db.internal", ip("10.200.3.4"), 5432));
        assertTrue(list.allows("printer", ip("192.168.1.7"), 631));
        assertFalse(list.allows("printer", ip("192.168.1.8"), 631));
        assertTrue(list.allows("v6", ip("fd12::1"), 80));
        assertFalse(list.allows("v6", ip("fe80::1"), 80));
        assertTrue(list.allows("localhost", ip("127.0.0.1"), 8080));
        assertTrue(list.allows("mapped", ip("::ffff:10.1.1.1"), 80), "IPv4-mapped addresses match IPv4 ranges");
        assertFalse(list.allows("localhost", ip("::1"), 8080));
    }

    @Test
    void anEntryWithAPortAllowsThatPortOnly() {
        AllowList list = AllowList.parse("intranet:8080,10.0.0.0/8:443,[fd00::5]:9000,[fc00::/7]:22,127.0.0.1:9080");
        assertTrue(list.allows("intranet", ip("10.0.0.1"), 8080));
        assertFalse(list.allows("intranet", ip("172.16.0.1"), 8081));
        assertTrue(list.allows("x", ip("10.9.9.9"), 443));
        assertFalse(list.allows("x", ip("10.9.9.9"), 80));
        assertTrue(list.allows("x", ip("fd00::5"), 9000));
        assertFalse(list.allows("x", ip("fd00::5"), 9001));
        assertTrue(list.allows("x", ip("fd99::1"), 22));
        assertTrue(list.allowsNamingPort("x", ip("127.0.0.1"), 9080));
        assertFalse(AllowList.parse("127.0.0.1").allowsNamingPort("x", ip("127.0.0.1"), 9080));
    }

    @Test
    void starAllowsEverything() {
        assertTrue(AllowList.parse("*").allows("x", ip("127.0.0.1"), 1));
        assertTrue(AllowList.parse("*:443").allows("x", ip("10.0.0.1"), 443));
        assertFalse(AllowList.parse("*:443").allows("x", ip("10.0.0.1"), 80));
    }

    @Test
    void invalidEntriesAreLeftOutAndReported() {
        AllowList list = AllowList.parse("good.example, bad_host!, 10.0.0.0/33, host:99999, [fd00::1, 10.0.0.1");
        assertEquals("good.example,10.0.0.1", list.toString());
        assertEquals(4, list.errors().size(), list.errors().toString());
        assertTrue(list.errors().get(0).contains("bad_host!"));
        assertTrue(AllowList.parse(null).isEmpty());
        assertTrue(AllowList.parse("  ").isEmpty());
    }
}
