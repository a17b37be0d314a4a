package io.millrace.shared.egress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class AddressKindTest {

    private static AddressKind kind(String literal) {
        return AddressKind.of(Addresses.literal(literal));
    }

    @Test
    void ipv4RangesAreClassified() {
        assertEquals(AddressKind.LOOPBACK, kind("127.0.0.1"));
        assertEquals(AddressKind.LOOPBACK, kind("127.255.0.9"));
        assertEquals(AddressKind.UNSPECIFIED, kind("0.0.0.0"));
        assertEquals(AddressKind.PRIVATE, kind("10.1.2.3"));
        assertEquals(AddressKind.PRIVATE, kind("172.16.0.1"));
        assertEquals(AddressKind.PRIVATE, kind("172.31.255.255"));
        assertEquals(AddressKind.PUBLIC, kind("172.32.0.1"));
        assertEquals(AddressKind.PRIVATE, kind("192.168.1.1"));
        assertEquals(AddressKind.SHARED, kind("100.64.0.1"));
        assertEquals(AddressKind.SHARED, kind("100.127.255.254"));
        assertEquals(AddressKind.PUBLIC, kind("100.128.0.1"));
        assertEquals(AddressKind.LINK_LOCAL, kind("169.254.169.254"));
        assertEquals(AddressKind.MULTICAST, kind("224.0.0.1"));
        assertEquals(AddressKind.RESERVED, kind("255.255.255.255"));
        assertEquals(AddressKind.RESERVED, kind("198.18.0.1"));
        assertEquals(AddressKind.PUBLIC, kind("93.184.216.34"));
        assertEquals(AddressKind.PUBLIC, kind("8.8.8.8"));
    }

    @Test
    void ipv6RangesAreClassified() {
        assertEquals(AddressKind.LOOPBACK, kind("::1"));
        assertEquals(AddressKind.LOOPBACK, kind("[::1]"));
        assertEquals(AddressKind.UNSPECIFIED, kind("::"));
        assertEquals(AddressKind.UNIQUE_LOCAL, kind("fc00::1"));
        assertEquals(AddressKind.UNIQUE_LOCAL, kind("fd12:3456::1"));
        assertEquals(AddressKind.LINK_LOCAL, kind("fe80::1"));
        assertEquals(AddressKind.PRIVATE, kind("fec0::1"));
        assertEquals(AddressKind.MULTICAST, kind("ff02::1"));
        assertEquals(AddressKind.PUBLIC, kind("2606:4700::1111"));
    }

    @Test
    void ipv4InIpv6TakesTheKindOfTheIpv4Address() throws UnknownHostException {
        assertEquals(AddressKind.LOOPBACK, kind("::ffff:127.0.0.1"));
        assertEquals(AddressKind.LINK_LOCAL, kind("::ffff:169.254.169.254"));
        // kept as IPv6 (InetAddress.getByName would turn it into IPv4)
        InetAddress mapped = Inet6Address.getByAddress(null,
                new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 10, 0, 0, 1}, -1);
        assertEquals(AddressKind.PRIVATE, AddressKind.of(mapped));
        assertEquals(AddressKind.LOOPBACK, kind("::127.0.0.1"));
        assertEquals(AddressKind.PRIVATE, kind("64:ff9b::10.0.0.1"));
        assertEquals(AddressKind.PRIVATE, kind("64:ff9b::192.168.0.1"));
        assertEquals(AddressKind.LOOPBACK, kind("2002:7f00:1::1"));
        assertEquals(AddressKind.PUBLIC, kind("64:ff9b::8.8.8.8"));
        assertEquals(AddressKind.PUBLIC, kind("2002:808:808::1"));
    }

    @Test
    void literalsAreParsedWithoutLookup() {
        assertEquals(null, Addresses.literal("localhost"));
        assertEquals(null, Addresses.literal("example.com"));
        assertEquals(null, Addresses.literal("1.2.3.400"));
        assertEquals("10.0.0.1", Addresses.literal("10.0.0.1").getHostAddress());
    }
}
