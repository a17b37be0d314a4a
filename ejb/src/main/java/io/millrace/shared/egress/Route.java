package io.millrace.shared.egress;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.logging.Logger;

/**
 * Where a checked request goes: {@code connectUri} is the URI to send it to and {@code hostHeader},
 * when not null, the {@code Host} header it must carry.
 *
 * <p>For {@code http} the URI names the checked address itself and the original host goes in the
 * {@code Host} header, so no second DNS lookup can send the connection elsewhere. For {@code https}
 * the URI is unchanged (TLS needs the name for SNI and to verify the certificate): the client looks the
 * name up again (usually from the JVM's DNS cache), and a server reached by a changed answer would
 * have to present a certificate valid for the name.
 *
 * @param uri        the request's URI, as the caller gave it
 * @param address    the address the check allowed
 * @param connectUri the URI to send the request to
 * @param hostHeader the Host header to set, or null
 */
public record Route(URI uri, InetAddress address, URI connectUri, String hostHeader) {
    private static final Logger LOG = Logger.getLogger(Route.class.getName());
    private static final String RESTRICTED_HEADERS = "jdk.httpclient.allowRestrictedHeaders";
    private static final boolean HOST_SETTABLE = hostSettable();

    /**
     * Whether {@code java.net.http} lets a request set its Host header: the system property
     * {@code jdk.httpclient.allowRestrictedHeaders} must contain {@code host} when the JDK's HTTP client
     * is first used (jvm.options sets it; it is set here when nothing has). Without it, http requests
     * connect by name after the check, as https requests do.
     */
    private static boolean hostSettable() {
        if (System.getProperty(RESTRICTED_HEADERS) == null) {
            System.setProperty(RESTRICTED_HEADERS, "host");
        }
        try {
            HttpRequest.newBuilder().header("Host", "example.com");
            return true;
        } catch (IllegalArgumentException e) {
            LOG.warning("the JDK's HTTP client refuses the Host header (start the JVM with -D" + RESTRICTED_HEADERS
                    + "=host): http requests are checked by the egress policy but not pinned to the checked address");
            return false;
        }
    }

    /** The route of {@code uri} to the checked {@code address}. */
    static Route of(URI uri, InetAddress address) {
        if (!"http".equalsIgnoreCase(uri.getScheme()) || Addresses.literal(uri.getHost()) != null || !HOST_SETTABLE) {
            return new Route(uri, address, uri, null);
        }
        String literal = address.getHostAddress().replaceAll("%.*", "");
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        URI connect = URI.create("http://" + (address instanceof Inet6Address ? "[" + literal + "]" : literal)
                + port + path + query);
        return new Route(uri, address, connect, uri.getHost() + port);
    }
}
