package io.millrace.it.identity;

import static io.millrace.it.support.Replies.assertForbidden;
import static io.millrace.it.support.Replies.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Sha256;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** OAuth clients of a workspace, the client-credentials token endpoint and revocation, through the real server. */
class OAuthIT {
    private final Api admin = Api.server();
    private final String org = Workspaces.orgOf(admin);
    private final String clients = "/v1/workspaces/" + org + "/oauth_clients";

    @Test
    void aClientsSecretIsShownOnceAndItsTokenCallsTheApiForTheWorkspace() {
        JsonObject client = createClient("integration");
        assertEquals(Set.of("client_id", "name", "org_id", "client_secret", "created_at", "updated_at"), client.keySet());
        assertTrue(client.getString("client_id").matches("oa_[0-9A-Za-z]{8}"), client.toString());
        assertEquals(org, client.getString("org_id"));
        String secret = client.getString("client_secret");
        String clientId = client.getString("client_id");

        JsonObject read = admin.get(clients + "/" + clientId).json().getJsonObject("data");
        assertFalse(read.containsKey("client_secret"), read.toString());
        Api.Reply listed = admin.get(clients + "?limit=100");
        assertEquals(200, listed.status(), listed.body());
        assertFalse(listed.body().contains(secret), "the list never shows a secret");
        assertTrue(listed.body().contains(clientId));

        Api.Reply token = tokenRequest("application/json", """
                {"grant_type": "client_credentials", "client_id": "%s", "client_secret": "%s"}"""
                .formatted(clientId, secret));
        JsonObject t = assertToken(token);
        Api asClient = admin.as(t.getString("access_token"));
        assertEquals(200, asClient.get("/v1/workflows").status());
        JsonObject workspace = asClient.get("/v1/workspaces/" + org).json().getJsonObject("data");
        assertEquals(org, workspace.getString("id"));
        JsonObject wf = asClient.createHttpWorkflow("made-by-oauth", "[]");
        assertEquals(org, wf.getString("org_id"), "the token acts for the client's workspace");
        assertEquals(200, admin.get("/v1/workflows/" + wf.getString("id")).status());
    }

    @Test
    void formBodiesAndBasicCredentialsAreAcceptedToo() {
        JsonObject client = createClient("form");
        String id = client.getString("client_id");
        String secret = client.getString("client_secret");
        assertToken(tokenRequest("application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=" + id + "&client_secret=" + secret));
        String basic = Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
        assertToken(admin.raw(admin.request("/v1/oauth/token").header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))));
    }

    @Test
    void wrongCredentialsGetTheOAuthErrorShape() {
        JsonObject client = createClient("wrong");
        String id = client.getString("client_id");
        assertOAuthError(tokenRequest("application/json", """
                {"grant_type": "client_credentials", "client_id": "%s", "client_secret": "nope"}""".formatted(id)),
                401, "invalid_client");
        assertOAuthError(tokenRequest("application/json", """
                {"grant_type": "client_credentials", "client_id": "oa_unknown1", "client_secret": "%s"}"""
                .formatted(client.getString("client_secret"))), 401, "invalid_client");
        assertOAuthError(tokenRequest("application/json", """
                {"client_id": "%s", "client_secret": "x"}""".formatted(id)), 400, "invalid_request");
        assertOAuthError(tokenRequest("application/json", """
                {"grant_type": "password", "client_id": "%s", "client_secret": "x"}""".formatted(id)),
                400, "unsupported_grant_type");
        assertOAuthError(tokenRequest("application/json", """
                {"grant_type": "client_credentials", "client_secret": "x"}"""), 400, "invalid_request");
        assertOAuthError(tokenRequest("application/json", "{not json"), 400, "invalid_request");
        Api.Reply plain = tokenRequest("text/plain", "grant_type=client_credentials");
        assertEquals(415, plain.status(), plain.body());
        assertEquals(415, plain.error().getInt("status"));
    }

    @Test
    void theTokenEndpointIgnoresABearerAndOtherCredentialsDoNotWork() {
        assertEquals(401, admin.as("mrat_forged-token-0000000000000000000000000").get("/v1/workflows")
                .status());
        JsonObject client = createClient("not-a-bearer");
        Api.Reply withSecretAsBearer = admin.as(client.getString("client_secret")).get("/v1/workflows");
        assertEquals(401, withSecretAsBearer.status(), "a client secret is no Bearer credential");
    }

    @Test
    void aTokenCannotUseUserAdminOrClientManagementEndpoints() {
        Api asClient = admin.as(token(createClient("limited")));
        assertForbidden(asClient.get("/v1/users/me"));
        assertForbidden(asClient.get(clients));
        assertForbidden(asClient.post(clients, "{\"name\": \"escalate\"}"));
        assertForbidden(asClient.post("/v1/admin/workspaces", "{\"name\": \"x\", \"username\": \"x\"}"));
    }

    @Test
    void aRevokedTokenStopsWorkingAndRevokeAnswersEmptyJson() {
        JsonObject client = createClient("revoke");
        String id = client.getString("client_id");
        String secret = client.getString("client_secret");
        String token = token(client);
        String other = token(client);
        Api asClient = admin.as(token);
        assertEquals(200, asClient.get("/v1/workflows").status());

        assertOAuthError(revoke(token, id, "wrong-secret"), 401, "invalid_client");
        assertEquals(200, asClient.get("/v1/workflows").status(), "a refused revocation revokes nothing");

        Api.Reply revoked = revoke(token, id, secret);
        assertEquals(200, revoked.status(), revoked.body());
        assertEquals("{}", revoked.body().trim());
        assertEquals(401, asClient.get("/v1/workflows").status());
        assertEquals(200, admin.as(other).get("/v1/workflows").status(), "only that token is revoked");
        assertEquals(200, revoke(token, id, secret).status(), "revoking again is fine");
        assertEquals(200, revoke("mrat_never-issued", id, secret).status(), "so is an unknown token");

        JsonObject thief = createClient("thief");
        assertEquals(200, revoke(other, thief.getString("client_id"), thief.getString("client_secret")).status());
        assertEquals(200, admin.as(other).get("/v1/workflows").status(),
                "another client cannot revoke this client's token");
    }

    @Test
    void rotatingTheSecretInvalidatesTheOldSecretAndItsTokens() {
        JsonObject client = createClient("rotate");
        String id = client.getString("client_id");
        String oldSecret = client.getString("client_secret");
        Api withOldToken = admin.as(token(client));
        Api.Reply rotated = admin.post(clients + "/" + id + "/rotate_secret", "");
        assertEquals(200, rotated.status(), rotated.body());
        JsonObject after = rotated.json().getJsonObject("data");
        assertEquals(id, after.getString("client_id"));
        String newSecret = after.getString("client_secret");
        assertNotEquals(oldSecret, newSecret);
        assertEquals(401, withOldToken.get("/v1/workflows").status());
        assertOAuthError(tokenRequest("application/json", tokenBody(id, oldSecret)), 401, "invalid_client");
        assertToken(tokenRequest("application/json", tokenBody(id, newSecret)));
        assertFalse(admin.get(clients + "/" + id).body().contains(newSecret));
    }

    @Test
    void deletingAClientEndsItsTokens() {
        JsonObject client = createClient("delete");
        String id = client.getString("client_id");
        Api asClient = admin.as(token(client));
        assertEquals(204, admin.delete(clients + "/" + id).status());
        assertEquals(401, asClient.get("/v1/workflows").status());
        assertEquals(404, admin.get(clients + "/" + id).status());
        assertEquals(404, admin.delete(clients + "/" + id).status());
        assertEquals(404, admin.post(clients + "/" + id + "/rotate_secret", "").status());
        assertOAuthError(tokenRequest("application/json", tokenBody(id, client.getString("client_secret"))),
                401, "invalid_client");
    }

    @Test
    void aClientNeedsANameAndUnknownFieldsAreNamed() {
        assertRejected(admin.post(clients, "{}"), 400, "name");
        assertRejected(admin.post(clients, "{\"name\": \"  \"}"), 400, "name");
        assertRejected(admin.post(clients, "{\"name\": 3}"), 400, "name");
        assertRejected(admin.post(clients, "{\"name\": \"a\", \"scopes\": []}"), 400, "scopes");
    }

    @Test
    void secretsAndTokensAreStoredOnlyAsTheirHashes() throws Exception {
        JsonObject client = createClient("hashed");
        String secret = client.getString("client_secret");
        String token = token(client);
        Path db = Path.of(System.getProperty("millrace.it.wlp.dir"), "usr", "servers",
                System.getProperty("millrace.it.server"), "data", "derby", "millrace");
        // Derby writes each commit to its transaction log: the hashes are there, the clear texts nowhere.
        assertTrue(anyFileContains(db, Sha256.hex(secret)), "the secret's hash was written");
        assertTrue(anyFileContains(db, Sha256.hex(token)), "the token's hash was written");
        assertFalse(anyFileContains(db, secret), "the secret in clear is not in the database");
        assertFalse(anyFileContains(db, token), "the token in clear is not in the database");
    }

    private JsonObject createClient(String name) {
        Api.Reply r = admin.post(clients, "{\"name\": \"" + name + "-" + System.nanoTime() + "\"}");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private String token(JsonObject client) {
        return assertToken(tokenRequest("application/json",
                tokenBody(client.getString("client_id"), client.getString("client_secret")))).getString("access_token");
    }

    private static String tokenBody(String id, String secret) {
        return """
                {"grant_type": "client_credentials", "client_id": "%s", "client_secret": "%s"}""".formatted(id, secret);
    }

    /** Without any Authorization header: the token endpoint needs no Bearer. */
    private Api.Reply tokenRequest(String contentType, String body) {
        return admin.raw(admin.request("/v1/oauth/token").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Api.Reply revoke(String token, String id, String secret) {
        return admin.raw(admin.request("/v1/oauth/revoke").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"token": "%s", "client_id": "%s", "client_secret": "%s"}""".formatted(token, id, secret))));
    }

    /** The seed's response shape, exactly. */
    private static JsonObject assertToken(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        assertEquals("no-store", reply.header("cache-control"));
        JsonObject t = reply.json();
        assertEquals(Set.of("access_token", "token_type", "expires_in", "created_at"), t.keySet());
        assertEquals("Bearer", t.getString("token_type"));
        assertEquals(3600, t.getInt("expires_in"));
        long now = System.currentTimeMillis() / 1000;
        assertTrue(Math.abs(now - t.getJsonNumber("created_at").longValue()) < 120, t.toString());
        assertTrue(t.getString("access_token").length() >= 40, t.toString());
        return t;
    }

    private static void assertOAuthError(Api.Reply reply, int status, String error) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("content-type").startsWith("application/json"), reply.header("content-type"));
        JsonObject e = reply.json();
        assertEquals(error, e.getString("error"), reply.body());
        assertFalse(e.getString("error_description").isBlank());
        assertEquals("no-store", reply.header("cache-control"));
        if (status == 401) {
            assertTrue(reply.header("www-authenticate").startsWith("Basic"), reply.header("www-authenticate"));
        }
    }

    private static boolean anyFileContains(Path dir, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).anyMatch(f -> contains(read(f), needle));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
