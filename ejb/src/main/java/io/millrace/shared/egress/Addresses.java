package io.millrace.shared.egress;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Parsing IP literals without DNS, and the IPv4 address an IPv6 address may carry. */
public final class Addresses {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private Addresses() {
    }

    /**
     * The address {@code text} is a literal of (IPv4 dotted quad, or IPv6 with or without brackets and
     * without a zone), or null when it is not one: never a DNS lookup.
     */
    public static InetAddress literal(String text) {
        String t = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!IPV4.matcher(t).matches() && !IPV6.matcher(t).matches()) {
            return null;
        }
        if (IPV4.matcher(t).matches()) {
            for (String part : t.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return null;
                }
            }
        }
        try {
            return InetAddress.getByName(t); // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** {@code address}, or the IPv4 address it is written for when it is an IPv4-mapped IPv6 address. */
    public static InetAddress plain(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                return v4(b, 12);
            }
        }
        return address;
    }

    /**
     * The IPv4 address an IPv6 address carries and that a connection to it would reach: IPv4-mapped
     * ({@code ::ffff:0:0/96}), IPv4-compatible ({@code ::/96}), NAT64 ({@code 64:ff9b::/96}) and 6to4
     * ({@code 2002::/16}); null for other addresses.
     */
    public static Inet4Address embeddedIpv4(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return null;
        }
        byte[] b = address.getAddress();
        if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return v4(b, 12);
        }
        if (isZero(b, 0, 12) && !isZero(b, 12, 16)) {
            return v4(b, 12);
        }
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && isZero(b, 4, 12)) {
            return v4(b, 12);
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return v4(b, 2);
        }
        return null;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Inet4Address v4(byte[] b, int at) {
        try {
            return (Inet4Address) InetAddress.getByAddress(new byte[] {b[at], b[at + 1], b[at + 2], b[at + 3]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
