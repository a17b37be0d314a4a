package io.millrace.shared.egress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EgressGuardTest {
    private final List<String> lookups = new ArrayList<>();

    private EgressGuard guard(String allow, Map<String, String[]> dns) {
        EgressPolicy policy = new EgressPolicy(AllowList.parse(allow), Set.of(9080), Set::of);
        return new EgressGuard(policy, host -> {
            lookups.add(host);
            String[] answers = dns.get(host);
            if (answers == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] out = new InetAddress[answers.length];
            for (int i = 0; i < answers.length; i++) {
                out[i] = Addresses.literal(answers[i]);
            }
            return out;
        });
    }

    @Test
    void anHttpRequestIsSentToTheCheckedAddressWithItsHostHeader() throws Exception {
        EgressGuard guard = guard("", Map.of("api.example.com", new String[] {"93.184.216.34"}));
        Route route = guard.route(URI.create("http://api.example.com:8080/a%20b/c?x=1&y=%2F#frag"));
        assertEquals(URI.create("http://93.184.216.34:8080/a%20b/c?x=1&y=%2F"), route.connectUri());
        assertEquals("api.example.com:8080", route.hostHeader());
        assertEquals(List.of("api.example.com"), lookups, "looked up once; the connection needs no other lookup");
        Route root = guard.route(URI.create("http://api.example.com"));
        assertEquals(URI.create("http://93.184.216.34/"), root.connectUri());
        assertEquals("api.example.com", root.hostHeader());
    }

    @Test
    void httpsAndAddressLiteralsKeepTheirUri() throws Exception {
        EgressGuard guard = guard("", Map.of("api.example.com", new String[] {"2606:4700::1111"}));
        URI https = URI.create("https://api.example.com/x");
        assertEquals(https, guard.route(https).connectUri());
        assertNull(guard.route(https).hostHeader());
        URI literal = URI.create("http://93.184.216.34/x");
        assertEquals(literal, guard.route(literal).connectUri());
        assertEquals(List.of("api.example.com", "api.example.com"), lookups, "no lookup for a literal");
        EgressGuard v6 = guard("", Map.of("six.example", new String[] {"2606:4700::1111"}));
        assertEquals(URI.create("http://[2606:4700:0:0:0:0:0:1111]/"), v6.route(URI.create("http://six.example")).connectUri());
    }

    @Test
    void aNameResolvingToInternalAddressesIsRefusedWithTheReason() {
        EgressGuard guard = guard("", Map.of("rebind.example", new String[] {"127.0.0.1"},
                "meta.example", new String[] {"169.254.169.254"}));
        EgressRefused e = assertThrows(EgressRefused.class, () -> guard.route(URI.create("http://rebind.example:5432/")));
        assertEquals("refused by the egress policy: rebind.example (127.0.0.1) port 5432 is a loopback address"
                + " (internal hosts can be allowed with the server variable millrace.egress.allow)", e.getMessage());
        assertEquals("a loopback address", e.reason());
        EgressRefused literal = assertThrows(EgressRefused.class, () -> guard.route(URI.create("http://127.0.0.1:9080/metrics")));
        assertTrue(literal.getMessage().startsWith("refused by the egress policy: 127.0.0.1 port 9080 is a port of this server"),
                literal.getMessage());
        EgressRefused v6 = assertThrows(EgressRefused.class, () -> guard.route(URI.create("http://[::1]/")));
        assertTrue(v6.getMessage().contains("0:0:0:0:0:0:0:1 port 80 is a loopback address"), v6.getMessage());
        assertThrows(EgressRefused.class, () -> guard.route(URI.create("http://meta.example/latest/meta-data")));
        assertThrows(UnknownHostException.class, () -> guard.route(URI.create("http://nowhere.example/")));
    }

    @Test
    void theFirstAllowedAddressIsTakenWhenANameHasSeveral() throws Exception {
        EgressGuard guard = guard("", Map.of("mixed.example", new String[] {"10.0.0.1", "93.184.216.34"}));
        assertEquals(Addresses.literal("93.184.216.34"), guard.route(URI.create("http://mixed.example/")).address());
        EgressGuard allowed = guard("10.0.0.0/8", Map.of("mixed.example", new String[] {"10.0.0.1", "93.184.216.34"}));
        assertEquals(Addresses.literal("10.0.0.1"), allowed.route(URI.create("http://mixed.example/")).address());
    }
}
