package io.millrace.shared.egress;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;

/**
 * Applies an {@link EgressPolicy} to a URL: resolves its host (unless it is an address), checks the
 * addresses, and gives the {@link Route} to the first allowed one. Called before every request and
 * every redirect hop.
 */
public final class EgressGuard {

    /** Looks a host name up (the JVM's resolver by default). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** The default policy on the JVM's resolver. */
    public static final EgressGuard DEFAULT = new EgressGuard(EgressPolicy.DEFAULT, InetAddress::getAllByName);

    private final EgressPolicy policy;
    private final Resolver resolver;

    public EgressGuard(EgressPolicy policy, Resolver resolver) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** The policy on the JVM's resolver. */
    public static EgressGuard of(EgressPolicy policy) {
        return new EgressGuard(policy, InetAddress::getAllByName);
    }

    public EgressPolicy policy() {
        return policy;
    }

    /**
     * The route of an http(s) {@code uri}.
     *
     * @throws EgressRefused        when the policy refuses every address of its host
     * @throws UnknownHostException when its host cannot be resolved
     */
    public Route route(URI uri) throws EgressRefused, UnknownHostException {
        String host = uri.getHost();
        if (host == null) {
            throw new UnknownHostException("no host in " + uri.getScheme() + " URL");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        InetAddress literal = Addresses.literal(host);
        InetAddress[] addresses = literal != null ? new InetAddress[] {literal} : resolver.resolve(host);
        String firstRefusal = null;
        InetAddress firstRefused = null;
        for (InetAddress address : addresses) {
            String refusal = policy.refusal(host, address, port);
            if (refusal == null) {
                return Route.of(uri, address);
            }
            if (firstRefusal == null) {
                firstRefusal = refusal;
                firstRefused = address;
            }
        }
        if (firstRefused == null) {
            throw new UnknownHostException(host);
        }
        String address = Addresses.plain(firstRefused).getHostAddress();
        String target = (literal != null || host.toLowerCase(Locale.ROOT).equals(address) ? address
                : host + " (" + address + ")") + " port " + port;
        throw new EgressRefused(target, firstRefusal);
    }
}
