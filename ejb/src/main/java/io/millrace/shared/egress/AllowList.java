package io.millrace.shared.egress;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hosts, addresses and ports the egress policy lets through although they are internal: the value
 * of {@code millrace.egress.allow}, entries separated by commas or white space.
 *
 * <ul>
 *   <li>{@code *}: every host and address;</li>
 *   <li>a host name ({@code intranet.example.com}), or every name under a domain ({@code *.corp.example});</li>
 *   <li>an address ({@code 10.1.2.3}, {@code fd00::5}) or a CIDR range ({@code 10.0.0.0/8}, {@code fc00::/7});</li>
 *   <li>any of these with {@code :port} to allow that port only ({@code intranet:8080}, {@code 10.0.0.0/8:443},
 *       IPv6 in brackets: {@code [fd00::5]:8080}, {@code [fc00::/7]:443}).</li>
 * </ul>
 * A host name entry matches the name in the URL (whatever it resolves to); an address or range
 * matches the address the name resolved to. The server's own ports are let through only by an entry
 * that names the port.
 */
public final class AllowList {
    private static final Pattern PORT = Pattern.compile("(.*):(\\d{1,5})");
    private static final Pattern HOST = Pattern.compile("(\\*\\.)?[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?"
            + "(\\.[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?)*\\.?");

    /** Nothing is allowed beyond the policy's default. */
    public static final AllowList NONE = new AllowList(List.of(), List.of());

    /** One entry: a host name pattern or an address range, and a port (-1: any). */
    record Entry(String host, AddressRange range, int port, String text) {

        boolean matches(String urlHost, InetAddress address, int connectPort) {
            if (port != -1 && port != connectPort) {
                return false;
            }
            if (host == null) {
                return range == null || range.contains(address);
            }
            String name = urlHost.toLowerCase(Locale.ROOT);
            if (name.endsWith(".")) {
                name = name.substring(0, name.length() - 1);
            }
            return host.startsWith("*.") ? name.endsWith(host.substring(1)) : name.equals(host);
        }
    }

    private final List<Entry> entries;
    private final List<String> errors;

    private AllowList(List<Entry> entries, List<String> errors) {
        this.entries = List.copyOf(entries);
        this.errors = List.copyOf(errors);
    }

    /** Parses the entries of {@code spec} (null or blank: none); invalid entries are left out and listed in {@link #errors}. */
    public static AllowList parse(String spec) {
        List<Entry> entries = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        if (spec != null) {
            for (String text : spec.trim().split("[,\\s]+")) {
                if (text.isEmpty()) {
                    continue;
                }
                try {
                    entries.add(entry(text));
                } catch (IllegalArgumentException e) {
                    errors.add(e.getMessage());
                }
            }
        }
        return new AllowList(entries, errors);
    }

    private static Entry entry(String text) {
        String target = text;
        int port = -1;
        boolean bracketed = text.startsWith("[");
        if (bracketed) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("'" + text + "' has no closing bracket");
            }
            target = text.substring(1, close);
            String rest = text.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new IllegalArgumentException("'" + text + "' is not [address]:port");
                }
                port = port(rest.substring(1), text);
            }
        } else if (text.indexOf(':') == text.lastIndexOf(':')) { // at most one colon: not bare IPv6
            Matcher m = PORT.matcher(text);
            if (m.matches()) {
                target = m.group(1);
                port = port(m.group(2), text);
            }
        }
        if (target.equals("*")) {
            return new Entry(null, null, port, text);
        }
        boolean address = bracketed || target.contains("/") || Addresses.literal(target) != null;
        if (address) {
            return new Entry(null, AddressRange.parse(target), port, text);
        }
        if (!HOST.matcher(target).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a host name, address or CIDR range");
        }
        String host = target.toLowerCase(Locale.ROOT);
        return new Entry(host.endsWith(".") ? host.substring(0, host.length() - 1) : host, null, port, text);
    }

    private static int port(String digits, String text) {
        int port = Integer.parseInt(digits);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("'" + text + "' has an invalid port");
        }
        return port;
    }

    /** True when an entry lets a connection to {@code address}:{@code port}, for the URL host {@code host}, through. */
    public boolean allows(String host, InetAddress address, int port) {
        return entries.stream().anyMatch(e -> e.matches(host, address, port));
    }

    /** True when an entry that names {@code port} lets the connection through (for the server's own ports). */
    public boolean allowsNamingPort(String host, InetAddress address, int port) {
        return entries.stream().anyMatch(e -> e.port() == port && e.matches(host, address, port));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Why entries were left out, one message per invalid entry. */
    public List<String> errors() {
        return errors;
    }

    @Override
    public String toString() {
        return String.join(",", entries.stream().map(Entry::text).toList());
    }
}
