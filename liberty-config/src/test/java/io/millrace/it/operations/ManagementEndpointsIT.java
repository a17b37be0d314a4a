package io.millrace.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Users;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/**
 * /metrics and /openapi need an admin API key on the public port (401 without one, 403 for another
 * user's); /health does not; Liberty's own endpoints listen on the loopback management port only.
 */
class ManagementEndpointsIT {
    private final Api api = Api.server();
    private final String admin = "Bearer " + System.getProperty("millrace.it.api.key");

    @Test
    void metricsAndOpenapiNeedAnAdminKey() {
        for (String path : new String[] {"/metrics", "/metrics?scope=application", "/openapi", "/openapi?format=JSON"}) {
            Api.Reply anonymous = api.raw(api.request(path).GET());
            assertEquals(401, anonymous.status(), path + " " + anonymous.body());
            assertEquals("Bearer", anonymous.header("WWW-Authenticate"));
            assertEquals(401, anonymous.error().getInt("status"), anonymous.body());
            assertEquals(401, api.raw(api.request(path).header("Authorization", "Bearer nope").GET()).status(), path);
            Api.Reply admitted = api.raw(api.request(path).header("Authorization", admin).GET());
            assertEquals(200, admitted.status(), path + " " + admitted.body());
        }
        Users.TestUser member = Users.inNewWorkspace(api, "mgmt");
        String key = "Bearer " + member.data().getString("api_key");
        assertEquals(403, api.raw(api.request("/metrics").header("Authorization", key).GET()).status());
        assertEquals(403, api.raw(api.request("/openapi").header("Authorization", key).GET()).status());
        assertTrue(api.raw(api.request("/metrics").header("Authorization", admin).GET()).body().contains("# TYPE"));
    }

    @Test
    void healthNeedsNoKeyAndLibertysEndpointsListenOnLoopbackOnly() throws IOException {
        assertEquals(200, api.raw(api.request("/health/ready").GET()).status());
        assertEquals(200, api.raw(api.request("/health").GET()).status());
        int management = Integer.parseInt(System.getProperty("millrace.it.management.port"));
        try (Socket loopback = new Socket(InetAddress.getLoopbackAddress(), management)) {
            assertTrue(loopback.isConnected());
        }
        InetAddress other = nonLoopbackAddress();
        if (other != null) {
            assertThrows(ConnectException.class, () -> new Socket(other, management).close());
        }
    }

    private static InetAddress nonLoopbackAddress() throws IOException {
        var interfaces = java.net.NetworkInterface.getNetworkInterfaces();
        while (interfaces.hasMoreElements()) {
            var found = interfaces.nextElement().inetAddresses()
                    .filter(a -> !a.isLoopbackAddress() && a instanceof java.net.Inet4Address).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }
}
