package io.millrace.shared.egress;

import java.net.InetAddress;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decides whether a request may connect to an address, for the URL host it was resolved from.
 *
 * <ol>
 *   <li>A port of the server itself ({@code ownPorts}: its HTTP and HTTPS ports, the embedded broker's)
 *       on a local address (loopback, unspecified, or an address of one of this host's interfaces) is
 *       refused unless an allow-list entry names that port.</li>
 *   <li>Otherwise what the allow-list matches is allowed.</li>
 *   <li>Otherwise internal addresses ({@link AddressKind}) and the addresses of this host's interfaces
 *       are refused; public addresses are allowed.</li>
 * </ol>
 *
 * @param allow          the allow-list
 * @param ownPorts       the server's own ports
 * @param localAddresses the addresses of this host's interfaces (asked at each check; may cache)
 */
public record EgressPolicy(AllowList allow, Set<Integer> ownPorts, Supplier<Set<InetAddress>> localAddresses) {

    /** Refuses every internal address and this host's own addresses; knows no own ports. */
    public static final EgressPolicy DEFAULT = new EgressPolicy(AllowList.NONE, Set.of(), LocalAddresses.ofThisHost());

    /** The server variable whose allow-list the refusals mention. */
    public static final String ALLOW_VARIABLE = "millrace.egress.allow";

    public EgressPolicy {
        Objects.requireNonNull(allow, "allow");
        ownPorts = Set.copyOf(ownPorts);
        Objects.requireNonNull(localAddresses, "localAddresses");
    }

    /** The default policy with {@code spec} (see {@link AllowList}) as the allow-list. */
    public static EgressPolicy allowing(String spec) {
        return DEFAULT.withAllowList(AllowList.parse(spec));
    }

    public EgressPolicy withAllowList(AllowList list) {
        return new EgressPolicy(list, ownPorts, localAddresses);
    }

    public EgressPolicy withOwnPorts(Set<Integer> ports) {
        return new EgressPolicy(allow, ports, localAddresses);
    }

    /**
     * Why a connection to {@code address}:{@code port}, resolved from the URL host {@code host}, is
     * refused ("a loopback address"), or null when it is allowed.
     */
    public String refusal(String host, InetAddress address, int port) {
        InetAddress plain = Addresses.plain(address);
        boolean local = plain.isLoopbackAddress() || plain.isAnyLocalAddress()
                || localAddresses.get().contains(plain) || isLocal(Addresses.embeddedIpv4(plain));
        if (local && ownPorts.contains(port)) {
            return allow.allowsNamingPort(host, plain, port) ? null : "a port of this server";
        }
        if (allow.allows(host, plain, port)) {
            return null;
        }
        AddressKind kind = AddressKind.of(plain);
        if (kind.internal()) {
            return kind.description();
        }
        return local ? "an address of this server" : null;
    }

    private boolean isLocal(InetAddress embedded) {
        return embedded != null && (embedded.isLoopbackAddress() || embedded.isAnyLocalAddress()
                || localAddresses.get().contains(embedded));
    }
}
