package io.millrace.shared.egress;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/** The addresses of this host's network interfaces, read again at most once a minute. */
public final class LocalAddresses implements Supplier<Set<InetAddress>> {
    private static final long REFRESH_NANOS = 60_000_000_000L;
    private static final LocalAddresses THIS_HOST = new LocalAddresses();

    private volatile Set<InetAddress> addresses = Set.of();
    private volatile long readAt;
    private volatile boolean read;

    private LocalAddresses() {
    }

    public static LocalAddresses ofThisHost() {
        return THIS_HOST;
    }

    @Override
    public Set<InetAddress> get() {
        long now = System.nanoTime();
        if (!read || now - readAt > REFRESH_NANOS) {
            addresses = list();
            readAt = now;
            read = true;
        }
        return addresses;
    }

    private static Set<InetAddress> list() {
        Set<InetAddress> out = new HashSet<>();
        try {
            var interfaces = NetworkInterface.getNetworkInterfaces();
            while (interfaces != null && interfaces.hasMoreElements()) {
                interfaces.nextElement().inetAddresses().map(Addresses::plain).map(LocalAddresses::withoutScope)
                        .forEach(out::add);
            }
        } catch (SocketException e) {
            // none known: loopback and internal ranges are still refused
        }
        return Set.copyOf(out);
    }

    /** Link-local IPv6 addresses of interfaces carry a scope; resolved addresses compare without one. */
    private static InetAddress withoutScope(InetAddress address) {
        try {
            return InetAddress.getByAddress(address.getAddress());
        } catch (java.net.UnknownHostException e) {
            return address;
        }
    }
}
