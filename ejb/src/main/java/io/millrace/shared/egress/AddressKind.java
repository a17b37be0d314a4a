package io.millrace.shared.egress;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * What kind of address a connection would reach: public, or one of the internal kinds the egress
 * policy refuses unless allowed. An IPv6 address that carries an IPv4 address (mapped, compatible,
 * NAT64, 6to4) is of the kind of that IPv4 address when it is not public.
 */
public enum AddressKind {
    PUBLIC("a public address"),
    UNSPECIFIED("the unspecified address"),
    LOOPBACK("a loopback address"),
    PRIVATE("a private address"),
    SHARED("a shared (carrier-grade NAT) address"),
    LINK_LOCAL("a link-local address"),
    UNIQUE_LOCAL("a unique local address"),
    MULTICAST("a multicast address"),
    RESERVED("a reserved address");

    /** The internal blocks, most specific first where they overlap. */
    private static final List<Map.Entry<AddressRange, AddressKind>> BLOCKS = List.of(
            block("0.0.0.0/8", UNSPECIFIED),
            block("10.0.0.0/8", PRIVATE),
            block("100.64.0.0/10", SHARED),
            block("127.0.0.0/8", LOOPBACK),
            block("169.254.0.0/16", LINK_LOCAL),
            block("172.16.0.0/12", PRIVATE),
            block("192.0.0.0/24", RESERVED),
            block("192.0.2.0/24", RESERVED),
            block("192.168.0.0/16", PRIVATE),
            block("198.18.0.0/15", RESERVED),
            block("198.51.100.0/24", RESERVED),
            block("203.0.113.0/24", RESERVED),
            block("224.0.0.0/4", MULTICAST),
            block("240.0.0.0/4", RESERVED),
            block("::/128", UNSPECIFIED),
            block("::1/128", LOOPBACK),
            block("64:ff9b:1::/48", RESERVED),
            block("100::/64", RESERVED),
            block("2001:db8::/32", RESERVED),
            block("fc00::/7", UNIQUE_LOCAL),
            block("fe80::/10", LINK_LOCAL),
            block("fec0::/10", PRIVATE),
            block("ff00::/8", MULTICAST));

    private final String description;

    AddressKind(String description) {
        this.description = description;
    }

    /** How a refusal names it: "a loopback address". */
    public String description() {
        return description;
    }

    public boolean internal() {
        return this != PUBLIC;
    }

    /** The kind of {@code address}. */
    public static AddressKind of(InetAddress address) {
        InetAddress plain = Addresses.plain(address);
        AddressKind kind = ofBlocks(plain);
        if (kind == PUBLIC && !(plain instanceof Inet4Address)) {
            Inet4Address embedded = Addresses.embeddedIpv4(plain);
            if (embedded != null) {
                return ofBlocks(embedded);
            }
        }
        return kind;
    }

    private static AddressKind ofBlocks(InetAddress address) {
        for (Map.Entry<AddressRange, AddressKind> block : BLOCKS) {
            if (block.getKey().contains(address)) {
                return block.getValue();
            }
        }
        return PUBLIC;
    }

    private static Map.Entry<AddressRange, AddressKind> block(String cidr, AddressKind kind) {
        return Map.entry(AddressRange.parse(cidr), kind);
    }
}
