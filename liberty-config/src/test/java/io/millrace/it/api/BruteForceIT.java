package io.millrace.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Users;
import io.millrace.it.support.Workspaces;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.junit.jupiter.api.Test;

/**
 * Failed credentials from one address: the first {@code MILLRACE_AUTH_FAILURES_ALLOWED} are plain 401s,
 * then the address waits 1 s, 2 s, 4 s… (429 with Retry-After) before its next attempt is checked.
 * Callers whose credentials worked from that address before, and every other address, are unaffected.
 * The attackers here come from other loopback addresses (127.0.0.2, .3), so that the server's
 * 127.0.0.1, which every other test uses, is never slowed down.
 */
class BruteForceIT {
    private static final int ALLOWED = Integer.getInteger("millrace.it.auth.failures.allowed");
    private static final String ADMIN_KEY = System.getProperty("millrace.it.api.key");
    private final Api api = Api.server();

    @Test
    void wrongApiKeysFromOneAddressAreSlowedDownWithoutLockingOutOthers() throws Exception {
        try (From attacker = new From("127.0.0.2")) {
            assertEquals(200, attacker.get("/v1/workflows", ADMIN_KEY).status(), "a caller that works from there");
            for (int i = 0; i < ALLOWED; i++) {
                assertEquals(401, attacker.get("/v1/workflows", "mr_guess" + i).status(), "failure " + (i + 1));
            }
            Reply slowed = attacker.get("/v1/workflows", "mr_guess-more");
            assertEquals(429, slowed.status(), slowed.body());
            assertEquals("1", slowed.retryAfter());
            assertEquals(429, slowed.json().getJsonObject("error").getInt("status"));
            Reply refused = attacker.get("/v1/workflows", "mr_guess-again");
            assertEquals(429, refused.status(), "not even checked before the wait is over");
            assertEquals(429, attacker.get("/v1/workflows", ADMIN_KEY + "x").status());

            assertEquals(200, attacker.get("/v1/workflows", ADMIN_KEY).status(), "a caller known there is unaffected");
            assertEquals(401, api.as("mr_wrong-from-elsewhere").get("/v1/workflows").status(),
                    "another address is unaffected");
            assertEquals(200, Users.inNewWorkspace(api, "newcomer").api().get("/v1/workflows").status(),
                    "a new caller from another address is unaffected");

            Thread.sleep(1100);
            Reply doubled = attacker.get("/v1/workflows", "mr_after-the-wait");
            assertEquals(429, doubled.status(), "checked again, failed again");
            assertEquals("2", doubled.retryAfter(), "each further failure doubles the wait");
        }
    }

    @Test
    void wrongClientSecretsAreSlowedDownInTheTokenEndpointsShape() throws Exception {
        String clients = "/v1/workspaces/" + Workspaces.orgOf(api) + "/oauth_clients";
        JsonObject client = api.post(clients, "{\"name\":\"brute-" + System.nanoTime() + "\"}").json().getJsonObject("data");
        String id = client.getString("client_id");
        String secret = client.getString("client_secret");
        try (From attacker = new From("127.0.0.3")) {
            assertEquals(200, attacker.token(id, secret).status(), "the client itself works from there");
            for (int i = 0; i < ALLOWED; i++) {
                Reply wrong = attacker.token(id, "mrcs_guess" + i);
                assertEquals(401, wrong.status(), wrong.body());
                assertEquals("invalid_client", wrong.json().getString("error"));
            }
            Reply slowed = attacker.token(id, "mrcs_guess-more");
            assertEquals(429, slowed.status(), slowed.body());
            assertEquals("1", slowed.retryAfter());
            assertEquals("slow_down", slowed.json().getString("error"));
            assertTrue(slowed.json().getString("error_description").contains("1 second"), slowed.body());
            assertEquals(429, attacker.token("oa_someoneelse", "mrcs_guess").status());
            assertEquals(200, attacker.token(id, secret).status(), "the client known there is unaffected");
            assertEquals(429, attacker.get("/v1/workflows", "mr_guess").status(), "one address, one count");
        }
    }

    /** Requests sent from another local address. */
    private final class From implements AutoCloseable {
        private final CloseableHttpClient http;

        From(String address) throws IOException {
            InetAddress local = InetAddress.getByName(address);
            http = HttpClients.custom().disableAutomaticRetries()
                    .setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE) {
                        @Override
                        protected InetAddress determineLocalAddress(HttpHost firstHop, HttpContext context) {
                            return local;
                        }
                    }).build();
        }

        Reply get(String path, String bearer) {
            HttpGet get = new HttpGet(api.base() + path);
            get.setHeader("Authorization", "Bearer " + bearer);
            return send(get);
        }

        Reply token(String clientId, String clientSecret) {
            HttpPost post = new HttpPost(api.base() + "/v1/oauth/token");
            post.setEntity(new StringEntity(Json.createObjectBuilder().add("grant_type", "client_credentials")
                    .add("client_id", clientId).add("client_secret", clientSecret).build().toString(),
                    ContentType.APPLICATION_JSON));
            return send(post);
        }

        private Reply send(HttpUriRequestBase request) {
            try {
                return http.execute(request, response -> {
                    Header retryAfter = response.getFirstHeader("Retry-After");
                    return new Reply(response.getCode(), retryAfter == null ? null : retryAfter.getValue(),
                            response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            http.close();
        }
    }

    private record Reply(int status, String retryAfter, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }
}
