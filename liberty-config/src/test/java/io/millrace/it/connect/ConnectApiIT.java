package io.millrace.it.connect;

import io.millrace.it.support.Api;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Connect API's errors and boundaries through the real server: another workspace's project, another external
 * user's or environment's trigger, bad environments and bodies, unknown components, the token rate limit.
 */
class ConnectApiIT {
    private final Api admin = Api.server();
    private final Workspaces.Tenant a = Workspaces.create(admin, "connect-a");
    private final Workspaces.Tenant b = Workspaces.create(admin, "connect-b");

    @Test
    void anotherWorkspacesProjectIsNotFound() {
        Api.Reply r = call(b, "GET", "/v1/connect/" + a.projectId() + "/users", null, "development");
        assertEquals(404, r.status(), r.body());
        r = call(b, "POST", "/v1/connect/" + a.projectId() + "/tokens", "{\"external_user_id\": \"x\"}", null);
        assertEquals(404, r.status(), r.body());
        assertEquals(200, call(a, "GET", "/v1/connect/" + a.projectId() + "/users", null, null).status());
    }

    @Test
    void badEnvironmentsAndBodiesAreRefusedNamingTheField() {
        String base = "/v1/connect/" + a.projectId();
        assertField(call(a, "GET", base + "/users", null, "staging"), 400, "x-pd-environment");
        assertField(call(a, "POST", base + "/tokens", "{}", null), 400, "external_user_id");
        assertField(call(a, "POST", base + "/tokens", "{\"external_user_id\": \"" + "x".repeat(251) + "\"}", null),
                400, "external_user_id");
        assertField(call(a, "POST", base + "/tokens", "{\"external_user_id\": \"u\", \"expires_in\": 99999}", null),
                400, "expires_in");
        assertField(call(a, "POST", base + "/tokens", "{\"external_user_id\": \"u\", \"nope\": 1}", null), 400, "nope");
        assertField(call(a, "POST", base + "/actions/run", "{\"id\": \"http-request\"}", null), 400, "external_user_id");
        assertEquals(404, call(a, "GET", base + "/actions/no-such-action", null, null).status());
        String key = "connect-api-src-" + System.nanoTime();
        assertEquals(200, a.api().post("/v1/components", jakarta.json.Json.createObjectBuilder()
                .add("component_code", ConnectSdkIT.TRIGGER.formatted(key)).build().toString()).status());
        assertEquals(404, call(a, "GET", base + "/actions/" + key, null, null).status(), "a trigger is not an action");
        assertEquals(404, call(a, "POST", base + "/actions/run",
                "{\"id\": \"" + key + "\", \"external_user_id\": \"u\"}", null).status());
        assertField(call(a, "POST", base + "/components/configure",
                "{\"id\": \"http-request\", \"external_user_id\": \"u\", \"prop_name\": \"nope\"}", null), 400, "prop_name");
        assertEquals(400, call(a, "GET", base + "/components?component_type=pipeline", null, null).status());
    }

    @Test
    void aTriggerBelongsToItsExternalUserAndEnvironment() {
        String base = "/v1/connect/" + a.projectId();
        String key = "connect-api-http-" + System.nanoTime();
        Api.Reply saved = a.api().post("/v1/components", jakarta.json.Json.createObjectBuilder()
                .add("component_code", ConnectSdkIT.TRIGGER.formatted(key)).build().toString());
        assertEquals(200, saved.status(), saved.body());
        Api.Reply deployed = call(a, "POST", base + "/triggers/deploy",
                "{\"id\": \"" + key + "\", \"external_user_id\": \"alice\"}", "development");
        assertEquals(200, deployed.status(), deployed.body());
        JsonObject trigger = deployed.json().getJsonObject("data");
        String id = trigger.getString("id");
        assertEquals("DeployedComponent", trigger.getString("type"));
        assertTrue(trigger.getString("owner_id").startsWith("exu_"));

        assertEquals(200, call(a, "GET", base + "/deployed-triggers/" + id + "?external_user_id=alice", null,
                "development").status());
        assertEquals(404, call(a, "GET", base + "/deployed-triggers/" + id + "?external_user_id=mallory", null,
                "development").status(), "another external user");
        assertEquals(404, call(a, "GET", base + "/deployed-triggers/" + id + "?external_user_id=alice", null,
                "production").status(), "another environment");
        assertEquals(404, call(b, "GET", "/v1/connect/" + b.projectId() + "/deployed-triggers/" + id
                + "?external_user_id=alice", null, "development").status(), "another workspace");
        assertEquals(404, call(a, "DELETE", base + "/deployed-triggers/" + id + "?external_user_id=mallory", null,
                "development").status());
        assertEquals(0, call(a, "GET", base + "/deployed-triggers?external_user_id=alice", null, "production")
                .json().getJsonArray("data").size());
        assertFalse(call(a, "GET", base + "/users", null, "production").body().contains("\"alice\""),
                "production does not know development's users");
        assertTrue(call(a, "GET", base + "/users", null, "development").body().contains("\"alice\""));

        assertEquals(204, call(a, "DELETE", base + "/users/alice", null, "development").status());
        assertEquals(404, call(a, "GET", "/v1/sources/" + id, null, null).status(),
                "deleting the external user deleted the trigger's source");
    }

    @Test
    void anAccountConnectedWithATokenBelongsToItsExternalUserAndEnvironment() {
        String base = "/v1/connect/" + a.projectId();
        String app = "connect_api_keys_" + Long.toString(System.nanoTime(), 36);
        assertEquals(200, admin.post("/v1/apps", "{\"name_slug\":\"" + app + "\",\"auth_type\":\"keys\","
                + "\"custom_fields\":[{\"name\":\"api_key\",\"type\":\"password\"}]}").status());
        String token = call(a, "POST", base + "/tokens", "{\"external_user_id\": \"carol\"}", "development")
                .json().getString("token");
        String connect = "{\"connect_token\": \"" + token + "\", \"app_slug\": \"" + app + "\", \"cfmap_json\": %s}";

        assertField(call(a, "POST", base + "/accounts", connect.formatted("\"{\\\"api_key\\\": \\\"s\\\"}\""), "production"),
                400, "connect_token"); // a development token in production
        assertField(call(a, "POST", base + "/accounts", connect.formatted("\"not json\""), "development"), 400, "cfmap_json");
        assertField(call(a, "POST", base + "/accounts", connect.formatted("\"{\\\"other\\\": 1}\""), "development"),
                400, "cfmap_json.other");
        assertField(call(a, "POST", base + "/accounts?external_user_id=mallory",
                connect.formatted("\"{\\\"api_key\\\": \\\"s\\\"}\""), "development"), 400, "external_user_id");
        Api.Reply created = call(a, "POST", base + "/accounts",
                connect.formatted("\"{\\\"api_key\\\": \\\"secret-1\\\"}\""), "development");
        assertEquals(200, created.status(), created.body());
        JsonObject account = created.json();
        String id = account.getString("id");
        assertEquals("carol", account.getString("external_id"));
        assertFalse(created.body().contains("secret-1"), "credentials only when asked for: " + created.body());
        assertField(call(a, "POST", base + "/accounts", connect.formatted("\"{\\\"api_key\\\": \\\"s\\\"}\""),
                "development"), 400, "connect_token"); // a token connects one account

        Api.Reply read = call(a, "GET", base + "/accounts/" + id + "?include_credentials=true", null, "development");
        assertEquals("secret-1", read.json().getJsonObject("credentials").getString("api_key"), read.body());
        assertField(call(a, "GET", base + "/accounts/" + id + "?include_credentials=maybe", null, "development"), 400,
                "include_credentials");
        assertEquals(404, call(a, "GET", base + "/accounts/" + id, null, "production").status(), "another environment");
        assertEquals(404, call(b, "GET", "/v1/connect/" + b.projectId() + "/accounts/" + id, null, "development").status(),
                "another workspace");
        assertEquals(404, call(a, "GET", "/v1/accounts/" + id, null, null).status(),
                "an external user's account is not one of the workspace's own accounts");
        assertEquals(1, jakarta.json.Json.createReader(new java.io.StringReader(
                call(a, "GET", base + "/users/carol/accounts", null, "development").body())).readArray().size());
        assertEquals(0, call(a, "GET", base + "/accounts?external_user_id=dave", null, "development").json()
                .getJsonArray("data").size());
        assertEquals(0, call(a, "GET", base + "/accounts", null, "production").json().getJsonArray("data").size());

        // connected again in place (account_id): only by the account's own external user, for its app
        String dave = call(a, "POST", base + "/tokens", "{\"external_user_id\": \"dave\"}", "development")
                .json().getString("token");
        assertField(call(a, "POST", base + "/accounts", "{\"connect_token\": \"" + dave + "\", \"app_slug\": \"" + app
                + "\", \"account_id\": \"" + id + "\", \"cfmap_json\": \"{\\\"api_key\\\": \\\"x\\\"}\"}", "development"),
                400, "account_id");
        String again = call(a, "POST", base + "/tokens", "{\"external_user_id\": \"carol\"}", "development")
                .json().getString("token");
        Api.Reply reconnected = call(a, "POST", base + "/accounts", "{\"connect_token\": \"" + again + "\", \"app_slug\": \""
                + app + "\", \"account_id\": \"" + id + "\", \"cfmap_json\": \"{\\\"api_key\\\": \\\"secret-2\\\"}\"}",
                "development");
        assertEquals(200, reconnected.status(), reconnected.body());
        assertEquals(id, reconnected.json().getString("id"), "the same account");
        assertEquals("secret-2", call(a, "GET", base + "/accounts/" + id + "?include_credentials=true", null, "development")
                .json().getJsonObject("credentials").getString("api_key"));

        assertEquals(204, call(a, "DELETE", base + "/users/carol", null, "development").status());
        assertEquals(404, call(a, "GET", base + "/accounts/" + id, null, "development").status(),
                "deleting the external user deleted its account");
        assertField(call(a, "POST", base + "/accounts", connect.formatted("\"{\\\"api_key\\\": \\\"s\\\"}\""),
                "development"), 400, "connect_token"); // the user and its tokens are gone
    }

    @Test
    void theProxySendsTheRequestWithTheAccountsKeysUnderTheEgressPolicy() {
        String base = "/v1/connect/" + a.projectId();
        String app = "connect_proxy_keys_" + Long.toString(System.nanoTime(), 36);
        assertEquals(200, admin.post("/v1/apps", "{\"name_slug\":\"" + app + "\",\"auth_type\":\"keys\","
                + "\"custom_fields\":[{\"name\":\"api_key\",\"type\":\"password\"}]}").status());
        String token = call(a, "POST", base + "/tokens", "{\"external_user_id\": \"erin\"}", "development")
                .json().getString("token");
        Api.Reply created = call(a, "POST", base + "/accounts", "{\"connect_token\": \"" + token + "\", \"app_slug\": \""
                + app + "\", \"cfmap_json\": \"{\\\"api_key\\\": \\\"sk-9\\\"}\"}", "development");
        assertEquals(200, created.status(), created.body());
        String account = created.json().getString("id");
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (io.millrace.it.support.LocalHttpServer api = new io.millrace.it.support.LocalHttpServer()
                .on("/v2/things", exchange -> {
                    seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " key="
                            + exchange.getRequestHeaders().getFirst("X-Api-Key") + " cookie="
                            + exchange.getRequestHeaders().getFirst("Cookie") + " body="
                            + new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    io.millrace.it.support.LocalHttpServer.answer(exchange, 201, "application/json",
                            "{\"made\":true}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }).start()) {
            String url = proxy(base, api.url("/v2/things?x={{custom_fields.api_key}}"), "erin", account);
            HttpRequest.Builder post = admin.request(url).header("Authorization", "Bearer " + a.apiKey())
                    .header("x-pd-environment", "development").header("Content-Type", "application/json")
                    .header("x-pd-proxy-x-api-key", "{{custom_fields.api_key}}")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"n\":1}"));
            Api.Reply answered = admin.raw(post);
            assertEquals(201, answered.status(), answered.body());
            assertEquals("{\"made\":true}", answered.body());
            assertEquals(java.util.List.of("POST /v2/things?x=sk-9 key=sk-9 cookie=null body={\"n\":1}"), seen);

            Api.Reply restricted = admin.raw(admin.request(url).header("Authorization", "Bearer " + a.apiKey())
                    .header("x-pd-environment", "development").header("x-pd-proxy-cookie", "a=b").GET());
            assertEquals(400, restricted.status(), restricted.body());
            assertEquals(404, call(a, "GET", proxy(base, api.url("/v2/things"), "frank", account), null, "development")
                    .status(), "another external user's account");
            assertEquals(404, call(a, "GET", proxy(base, api.url("/v2/things"), "erin", account), null, "production")
                    .status(), "another environment");
            assertEquals(1, seen.size(), "refused requests did not reach the API");
        }
        assertField(call(a, "GET", base + "/proxy/%25%25%25?external_user_id=erin&account_id=" + account, null,
                "development"), 400, "url_64");
        assertField(call(a, "GET", proxy(base, "ftp://example.com/x", "erin", account), null, "development"), 400, "url_64");
        // an encoded "/" is taken only in the proxy's base64 segment; elsewhere it, %2E, %5C and %23 stay a 400
        Api.Reply slash = call(a, "GET", base + "/proxy/aHR0cDovLzEyNy4wLjAuMTo5Lz8%2F?external_user_id=erin&account_id="
                + account, null, "development");
        assertEquals(502, slash.status(), "http://127.0.0.1:9/?? reached (a closed port): " + slash.body());
        for (String bad : java.util.List.of("/v1/workflows/a%2Fb", base + "/proxy/aGV%2Fs/x", "/v1/workflows/%2E%2E",
                "/v1/workflows/a%5Cb", "/v1/workflows/a%23b")) {
            Api.Reply refused = admin.get(bad);
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertTrue(refused.body().contains("%2F"), bad + ": " + refused.body());
        }
        Api.Reply own = call(a, "GET", proxy(base, admin.base() + "/metrics", "erin", account), null, "development");
        assertEquals(403, own.status(), own.body());
        assertTrue(own.error().getString("message").contains("egress"), own.body());
    }

    /**
     * An app whose API is at an account-specific host: relative proxy paths go after its base_proxy_target_url with
     * the account's host filled in; full URLs only to its allowed_domains.
     */
    @Test
    void theProxyResolvesRelativePathsAgainstTheAppsBaseUrlAndKeepsFullUrlsToItsAllowedDomains() {
        String base = "/v1/connect/" + a.projectId();
        String app = "connect_proxy_base_" + Long.toString(System.nanoTime(), 36);
        Api.Reply made = admin.post("/v1/apps", "{\"name_slug\":\"" + app + "\",\"auth_type\":\"keys\","
                + "\"custom_fields\":[{\"name\":\"host\"}],\"connect\":{\"allowed_domains\":[\"example.com\"],"
                + "\"base_proxy_target_url\":\"http://{{custom_fields.host}}/api\"}}");
        assertEquals(200, made.status(), made.body());
        JsonObject connect = admin.get("/v1/apps/" + app).json().getJsonObject("data").getJsonObject("connect");
        assertEquals("http://{{custom_fields.host}}/api", connect.getString("base_proxy_target_url"), connect.toString());
        assertEquals("example.com", connect.getJsonArray("allowed_domains").getString(0));
        assertTrue(connect.getBoolean("proxy_enabled"));
        assertField(admin.post("/v1/apps", "{\"name_slug\":\"" + app + "x\",\"auth_type\":\"keys\","
                + "\"connect\":{\"base_proxy_target_url\":\"ftp://x\"}}"), 400, "connect.base_proxy_target_url");

        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (io.millrace.it.support.LocalHttpServer api = new io.millrace.it.support.LocalHttpServer()
                .on("/api/v4/projects", exchange -> {
                    seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                    io.millrace.it.support.LocalHttpServer.answer(exchange, 200, "application/json",
                            "[]".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }).start()) {
            String host = java.net.URI.create(api.url("/")).getAuthority();
            String token = call(a, "POST", base + "/tokens", "{\"external_user_id\": \"kim\"}", "development")
                    .json().getString("token");
            Api.Reply created = call(a, "POST", base + "/accounts", "{\"connect_token\": \"" + token + "\", \"app_slug\": \""
                    + app + "\", \"cfmap_json\": \"{\\\"host\\\": \\\"" + host + "\\\"}\"}", "development");
            assertEquals(200, created.status(), created.body());
            String account = created.json().getString("id");

            Api.Reply relative = call(a, "GET", proxy(base, "/v4/projects?page=2", "kim", account), null, "development");
            assertEquals(200, relative.status(), relative.body());
            assertEquals(java.util.List.of("GET /api/v4/projects?page=2"), seen);
            assertField(call(a, "GET", proxy(base, api.url("/api/v4/projects"), "kim", account), null, "development"),
                    400, "url_64"); // 127.0.0.1 is not in allowed_domains
            assertEquals(1, seen.size(), "the full URL outside allowed_domains did not reach the API");
        }
    }

    private static String proxy(String base, String target, String user, String account) {
        return base + "/proxy/" + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(target.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "?external_user_id=" + user + "&account_id=" + account;
    }

    @Test
    void connectLinkConnectsAKeyBasedAccountAndCallsTheTokensWebhook() {
        String base = "/v1/connect/" + a.projectId();
        String app = "connect_link_keys_" + Long.toString(System.nanoTime(), 36);
        assertEquals(200, admin.post("/v1/apps", "{\"name_slug\":\"" + app + "\",\"name\":\"Link <Keys>\",\"auth_type\":\"keys\","
                + "\"custom_fields\":[{\"name\":\"api_key\",\"label\":\"API key\",\"type\":\"password\"}]}").status());
        java.util.List<JsonObject> hooks = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (io.millrace.it.support.LocalHttpServer receiver = new io.millrace.it.support.LocalHttpServer()
                .on("/connect-hook", exchange -> {
                    JsonObject hook = jakarta.json.Json.createReader(exchange.getRequestBody()).readObject();
                    hooks.add(hook);
                    boolean firstSuccess = hook.getString("event").equals("CONNECTION_SUCCESS")
                            && hooks.stream().filter(h -> h.getString("event").equals("CONNECTION_SUCCESS")).count() == 1;
                    // the first CONNECTION_SUCCESS is refused: Millrace tries it again
                    io.millrace.it.support.LocalHttpServer.answer(exchange, firstSuccess ? 503 : 200, "text/plain", new byte[0]);
                }).start()) {
            Api.Reply issued = call(a, "POST", base + "/tokens", jakarta.json.Json.createObjectBuilder()
                    .add("external_user_id", "grace").add("webhook_uri", receiver.url("/connect-hook"))
                    .add("success_redirect_uri", "https://app.example.com/connected").build().toString(), "development");
            assertEquals(200, issued.status(), issued.body());
            String token = issued.json().getString("token");
            String link = issued.json().getString("connect_link_url");
            assertTrue(link.startsWith(admin.base() + "/connect/link?token="), link);

            Api.Reply page = admin.raw(admin.request(link.substring(admin.base().length()) + "&app=" + app).GET());
            assertEquals(200, page.status(), page.body());
            assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
            assertTrue(page.header("Content-Security-Policy").contains("default-src 'none'"));
            assertTrue(page.body().contains("name=\"api_key\"") && page.body().contains("Link &lt;Keys&gt;"), page.body());
            assertEquals(404, admin.raw(admin.request("/connect/link?token=ctok_unknown&app=" + app).GET()).status());

            Api.Reply missing = form("token=" + token + "&app=" + app + "&api_key=");
            assertEquals(400, missing.status(), missing.body());
            assertTrue(missing.body().contains("id=\"error\""), missing.body());
            Api.Reply connected = form("token=" + token + "&app=" + app + "&api_key=link-secret");
            assertEquals(303, connected.status(), connected.body());
            String location = connected.header("Location");
            assertTrue(location.startsWith("https://app.example.com/connected?account_id=apn_"), location);
            String accountId = location.substring(location.indexOf("account_id=") + "account_id=".length());

            Api.Reply account = call(a, "GET", base + "/accounts/" + accountId + "?include_credentials=true", null,
                    "development");
            assertEquals("grace", account.json().getString("external_id"), account.body());
            assertEquals("link-secret", account.json().getJsonObject("credentials").getString("api_key"));

            io.millrace.it.support.Wait.until("the Connect webhooks (the success twice)", 60, () -> hooks.size(), n -> n >= 3);
            java.util.List<JsonObject> successes = hooks.stream()
                    .filter(h -> h.getString("event").equals("CONNECTION_SUCCESS")).toList();
            assertEquals(2, successes.size(), "the success delivered again after the 503: " + hooks);
            assertEquals(successes.get(0), successes.get(1), "the same webhook sent again");
            JsonObject error = hooks.stream().filter(h -> h.getString("event").equals("CONNECTION_ERROR")).findFirst()
                    .orElseThrow(() -> new AssertionError(hooks.toString()));
            assertEquals("development", error.getString("environment"));
            assertTrue(error.getString("error").contains("api_key"), error.toString());
            JsonObject success = hooks.stream().filter(h -> h.getString("event").equals("CONNECTION_SUCCESS")).findFirst()
                    .orElseThrow(() -> new AssertionError(hooks.toString()));
            assertEquals(token, success.getString("connect_token"));
            assertEquals(accountId, success.getJsonObject("account").getString("id"));
            assertFalse(success.toString().contains("link-secret"), "no credentials in the webhook: " + success);
        }
    }

    /**
     * An OAuth app whose provider this test serves: Connect Link starts the authorization (PKCE), the callback
     * stores the external user's account and returns to the link, which redirects to the token's success URI; the
     * proxy then sends the access token, and on the API's 401 refreshes it and sends the request again.
     */
    @Test
    void connectLinkConnectsAnOAuthAccountWhichTheProxyRefreshesOnA401() {
        String base = "/v1/connect/" + a.projectId();
        java.util.List<String> grants = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (io.millrace.it.support.LocalHttpServer provider = new io.millrace.it.support.LocalHttpServer()
                .on("/token", exchange -> {
                    String form = new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    grants.add(form);
                    String access = form.contains("grant_type=refresh_token") ? "at-2" : "at-1";
                    io.millrace.it.support.LocalHttpServer.answer(exchange, 200, "application/json",
                            ("{\"access_token\":\"" + access + "\",\"refresh_token\":\"rt-1\",\"expires_in\":3600,"
                                    + "\"token_type\":\"Bearer\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                })
                .on("/api", exchange -> {
                    String auth = exchange.getRequestHeaders().getFirst("Authorization");
                    calls.add(auth);
                    boolean fresh = "Bearer at-2".equals(auth);
                    io.millrace.it.support.LocalHttpServer.answer(exchange, fresh ? 200 : 401, "application/json",
                            (fresh ? "{\"ok\":true}" : "{\"error\":\"expired\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }).start()) {
            String app = "connect_link_oauth_" + Long.toString(System.nanoTime(), 36);
            assertEquals(200, admin.post("/v1/apps", jakarta.json.Json.createObjectBuilder().add("name_slug", app)
                    .add("auth_type", "oauth").add("authorize_url", provider.url("/authorize"))
                    .add("token_url", provider.url("/token")).build().toString()).status());
            Api.Reply client = a.api().post("/v1/workspaces/" + a.orgId() + "/app_oauth_clients",
                    "{\"app\":\"" + app + "\",\"client_id\":\"link-client\",\"client_secret\":\"link-secret\"}");
            assertEquals(200, client.status(), client.body());
            String token = call(a, "POST", base + "/tokens", jakarta.json.Json.createObjectBuilder()
                    .add("external_user_id", "heidi").add("app_id", app)
                    .add("success_redirect_uri", "https://app.example.com/ok").build().toString(), "development")
                    .json().getString("token");

            Api.Reply page = admin.raw(admin.request("/connect/link?token=" + token).GET());
            assertEquals(200, page.status(), page.body());
            assertTrue(page.body().contains("action=\"link/oauth\""), "the token's app_id chose the OAuth app: " + page.body());
            Api.Reply started = admin.raw(admin.request("/connect/link/oauth")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&app=" + app)));
            assertEquals(303, started.status(), started.body());
            java.net.URI authorize = java.net.URI.create(started.header("Location"));
            assertTrue(authorize.toString().startsWith(provider.url("/authorize")), authorize.toString());
            assertTrue(authorize.getQuery().contains("code_challenge_method=S256"), authorize.toString());
            String state = java.util.Arrays.stream(authorize.getQuery().split("&")).filter(p -> p.startsWith("state="))
                    .findFirst().orElseThrow().substring("state=".length());

            Api.Reply callback = admin.raw(admin.request("/v1/accounts/oauth/callback?state=" + state + "&code=c-1")
                    .header("Cookie", "millrace_connect=" + state).GET());
            assertEquals(303, callback.status(), callback.body());
            String done = callback.header("Location").replaceFirst("^https?://[^/]+", "");
            assertTrue(done.startsWith("/connect/link/done?token="), done);
            Api.Reply finished = admin.raw(admin.request(done).GET());
            assertEquals(303, finished.status(), finished.body());
            String location = finished.header("Location");
            assertTrue(location.startsWith("https://app.example.com/ok?account_id=apn_"), location);
            String accountId = location.substring(location.indexOf("account_id=") + "account_id=".length());
            assertTrue(grants.get(0).contains("grant_type=authorization_code") && grants.get(0).contains("code_verifier="),
                    grants.toString());
            assertEquals(404, admin.raw(admin.request(done).GET()).status(), "the token was used up");

            JsonObject account = call(a, "GET", base + "/accounts/" + accountId, null, "development").json();
            assertEquals("heidi", account.getString("external_id"), account.toString());
            assertEquals("oauth", account.getJsonObject("app").getString("auth_type"));

            Api.Reply proxied = call(a, "GET", proxy(base, provider.url("/api"), "heidi", accountId), null, "development");
            assertEquals(200, proxied.status(), proxied.body());
            assertEquals("{\"ok\":true}", proxied.body());
            assertEquals(java.util.List.of("Bearer at-1", "Bearer at-2"), calls, "refreshed after the API's 401");
            assertTrue(grants.get(grants.size() - 1).contains("grant_type=refresh_token"), grants.toString());
        }
    }

    @Test
    void connectLinkSendsAProvidersRefusalToTheTokensErrorRedirect() {
        String base = "/v1/connect/" + a.projectId();
        String app = "connect_link_refused_" + Long.toString(System.nanoTime(), 36);
        assertEquals(200, admin.post("/v1/apps", jakarta.json.Json.createObjectBuilder().add("name_slug", app)
                .add("auth_type", "oauth").add("authorize_url", "https://provider.example.com/authorize")
                .add("token_url", "https://provider.example.com/token").build().toString()).status());
        assertEquals(200, a.api().post("/v1/workspaces/" + a.orgId() + "/app_oauth_clients",
                "{\"app\":\"" + app + "\",\"client_id\":\"c\",\"client_secret\":\"s\"}").status());
        String token = call(a, "POST", base + "/tokens", jakarta.json.Json.createObjectBuilder()
                .add("external_user_id", "ivan").add("app_id", app)
                .add("error_redirect_uri", "https://app.example.com/failed").build().toString(), "development")
                .json().getString("token");
        Api.Reply started = admin.raw(admin.request("/connect/link/oauth")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&app=" + app)));
        assertEquals(303, started.status(), started.body());
        String query = java.net.URI.create(started.header("Location")).getQuery();
        String state = java.util.Arrays.stream(query.split("&")).filter(p -> p.startsWith("state="))
                .findFirst().orElseThrow().substring("state=".length());

        Api.Reply callback = admin.raw(admin.request("/v1/accounts/oauth/callback?state=" + state
                + "&error=access_denied&error_description=The+user+said+no").header("Cookie", "millrace_connect=" + state).GET());
        assertEquals(303, callback.status(), callback.body());
        String done = callback.header("Location").replaceFirst("^https?://[^/]+", "");
        assertTrue(done.startsWith("/connect/link/done?token=") && done.contains("&error="), done);
        Api.Reply finished = admin.raw(admin.request(done).GET());
        assertEquals(303, finished.status(), finished.body());
        String location = finished.header("Location");
        assertTrue(location.startsWith("https://app.example.com/failed?error=") && location.contains("access_denied"),
                location);
        assertEquals(200, admin.raw(admin.request("/connect/link?token=" + token).GET()).status(),
                "a refusal does not use the token up");
        assertEquals("[]", call(a, "GET", base + "/users/ivan/accounts", null, "development").body().strip(),
                "no account");
    }

    private Api.Reply form(String body) {
        return admin.raw(admin.request("/connect/link").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A received webhook: its signature headers and body exactly as sent. */
    private record Signed(String timestamp, String signature, String body) {
        boolean verifiesWith(String key) throws Exception {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            String hex = java.util.HexFormat.of().formatHex(
                    mac.doFinal((timestamp + "." + body).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return ("v1=" + hex).equals(signature);
        }
    }

    private static io.millrace.it.support.LocalHttpServer receiving(String path, java.util.List<Signed> into) {
        return new io.millrace.it.support.LocalHttpServer().on(path, exchange -> {
            into.add(new Signed(exchange.getRequestHeaders().getFirst("X-Millrace-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Millrace-Signature"),
                    new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
            io.millrace.it.support.LocalHttpServer.answer(exchange, 200, "text/plain", new byte[0]);
        }).start();
    }

    /**
     * A deployed trigger's webhook gets every event signed with the webhook's key (HMAC-SHA256 of
     * {@code <timestamp>.<body>}); after the key is regenerated, events are signed with the new key only.
     */
    @Test
    void aTriggersWebhookDeliveriesAreSignedWithItsRegeneratedKey() throws Exception {
        String base = "/v1/connect/" + a.projectId();
        String key = "connect-api-signed-" + System.nanoTime();
        assertEquals(200, a.api().post("/v1/components", jakarta.json.Json.createObjectBuilder()
                .add("component_code", ConnectSdkIT.TRIGGER.formatted(key)).build().toString()).status());
        java.util.List<Signed> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (io.millrace.it.support.LocalHttpServer receiver = receiving("/trigger-hook", received)) {
            Api.Reply deployed = call(a, "POST", base + "/triggers/deploy", jakarta.json.Json.createObjectBuilder()
                    .add("id", key).add("external_user_id", "ivy").add("webhook_url", receiver.url("/trigger-hook"))
                    .build().toString(), "development");
            assertEquals(200, deployed.status(), deployed.body());
            JsonObject trigger = deployed.json().getJsonObject("data");
            String id = trigger.getString("id");
            String firstKey = trigger.getString("webhook_signing_key");
            String endpoint = trigger.getJsonObject("configured_props").getJsonObject("http").getString("endpoint_url");

            JsonObject hooks = call(a, "GET", base + "/deployed-triggers/" + id + "/webhooks?external_user_id=ivy", null,
                    "development").json();
            JsonObject hook = hooks.getJsonArray("webhooks").getJsonObject(0);
            assertEquals(firstKey, hook.getString("signing_key"), hooks.toString());
            assertTrue(hook.getBoolean("signing_key_set"));
            String hookId = hook.getString("id");
            assertEquals(404, call(a, "GET", base + "/deployed-triggers/" + id + "/webhooks/wh_unknown?external_user_id=ivy",
                    null, "development").status(), "a webhook that is not the trigger's");
            assertEquals(404, call(b, "POST", "/v1/connect/" + b.projectId() + "/deployed-triggers/" + id + "/webhooks/"
                    + hookId + "/regenerate_signing_key?external_user_id=ivy", null, "development").status(),
                    "another workspace");

            send(endpoint, "{\"n\": 1}");
            io.millrace.it.support.Wait.until("the first signed delivery", 60, () -> received.size(), n -> n >= 1);
            Signed first = received.get(0);
            assertTrue(first.body().contains("\"n\":1") || first.body().contains("\"n\": 1"), first.body());
            assertTrue(first.verifiesWith(firstKey), "signed with the webhook's key: " + first);
            assertFalse(first.verifiesWith(firstKey + "x"));

            Api.Reply regenerated = call(a, "POST", base + "/deployed-triggers/" + id + "/webhooks/" + hookId
                    + "/regenerate_signing_key?external_user_id=ivy", null, "development");
            assertEquals(200, regenerated.status(), regenerated.body());
            String secondKey = regenerated.json().getJsonObject("data").getString("signing_key");
            assertFalse(secondKey.equals(firstKey));
            assertEquals(secondKey, call(a, "GET", base + "/deployed-triggers/" + id + "/webhooks/" + hookId
                    + "?external_user_id=ivy", null, "development").json().getJsonObject("data").getString("signing_key"));

            send(endpoint, "{\"n\": 2}");
            io.millrace.it.support.Wait.until("the second signed delivery", 60, () -> received.size(), n -> n >= 2);
            Signed second = received.get(1);
            assertTrue(second.verifiesWith(secondKey), "signed with the new key: " + second);
            assertFalse(second.verifiesWith(firstKey), "no longer with the old key");
            assertEquals(204, call(a, "DELETE", base + "/deployed-triggers/" + id + "?external_user_id=ivy", null,
                    "development").status());
        }
    }

    /**
     * The project environment's webhook gets Connect Link's webhooks, signed with its key; a token's webhook_uri in
     * the other environment is not signed with it, and the key shows only on creation and regeneration.
     */
    @Test
    void theProjectWebhookGetsConnectLinksWebhooksSigned() throws Exception {
        String base = "/v1/connect/" + a.projectId();
        String app = "connect_project_hook_" + Long.toString(System.nanoTime(), 36);
        assertEquals(200, admin.post("/v1/apps", "{\"name_slug\":\"" + app + "\",\"auth_type\":\"keys\","
                + "\"custom_fields\":[{\"name\":\"api_key\",\"type\":\"password\"}]}").status());
        java.util.List<Signed> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (io.millrace.it.support.LocalHttpServer receiver = receiving("/project-hook", received)) {
            assertField(call(a, "PUT", base + "/webhook", "{\"url\": \"ftp://x\"}", "production"), 400, "url");
            assertEquals("{}", call(a, "GET", base + "/webhook", null, "production").body().replace(" ", ""));
            Api.Reply set = call(a, "PUT", base + "/webhook", "{\"url\": \"" + receiver.url("/project-hook") + "\"}",
                    "production");
            assertEquals(200, set.status(), set.body());
            String signingKey = set.json().getJsonObject("data").getString("signing_key");
            JsonObject read = call(a, "GET", base + "/webhook", null, "production").json().getJsonObject("data");
            assertFalse(read.containsKey("signing_key"), read.toString());
            assertTrue(read.getBoolean("signing_key_set"));
            assertEquals("{}", call(a, "GET", base + "/webhook", null, "development").body().replace(" ", ""),
                    "the development environment has no webhook");
            assertEquals(404, call(a, "POST", base + "/webhook/regenerate_signing_key", null, "development").status());
            assertEquals(404, call(b, "GET", "/v1/connect/" + a.projectId() + "/webhook", null, "production").status(),
                    "another workspace's project");

            String token = call(a, "POST", base + "/tokens", "{\"external_user_id\": \"jo\"}", "production").json()
                    .getString("token");
            assertEquals(400, form("token=" + token + "&app=" + app + "&api_key=").status());
            io.millrace.it.support.Wait.until("the signed CONNECTION_ERROR", 60, () -> received.size(), n -> n >= 1);
            Signed error = received.get(0);
            assertTrue(error.body().contains("CONNECTION_ERROR") && error.body().contains("\"production\""), error.body());
            assertTrue(error.verifiesWith(signingKey), "signed with the project webhook's key: " + error);

            assertEquals(204, call(a, "DELETE", base + "/webhook", null, "production").status());
            assertEquals("{}", call(a, "GET", base + "/webhook", null, "production").body().replace(" ", ""));
        }
    }

    private void send(String endpoint, String json) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                java.net.URI.create(endpoint)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() < 300, "the trigger's endpoint answered " + r.statusCode() + ": " + r.body());
    }

    @Test
    void aConnectTokenIsNotAnApiCredential() {
        String base = "/v1/connect/" + a.projectId();
        Api.Reply token = call(a, "POST", base + "/tokens", "{\"external_user_id\": \"bob\"}", null);
        assertEquals(200, token.status(), token.body());
        String ctok = token.json().getString("token");
        assertTrue(ctok.startsWith("ctok_"));
        assertNotNull(token.json().getString("expires_at"));
        Api.Reply asToken = admin.raw(admin.request(base + "/users").header("Authorization", "Bearer " + ctok).GET());
        assertEquals(401, asToken.status(), asToken.body());
    }

    @Test
    void tokensAreLimitedTo100AMinutePerExternalUser() throws Exception {
        String base = "/v1/connect/" + a.projectId();
        String user = "busy-" + System.nanoTime();
        String body = "{\"external_user_id\": \"" + user + "\"}";
        java.util.List<Api.Reply> replies = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            java.util.List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 110; i++) {
                sent.add(pool.submit(() -> replies.add(call(a, "POST", base + "/tokens", body, "development"))));
            }
            for (java.util.concurrent.Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long ok = replies.stream().filter(r -> r.status() == 200).count();
        Api.Reply limited = replies.stream().filter(r -> r.status() == 429).findFirst().orElse(null);
        assertNotNull(limited, "110 tokens for one external user at once: none was refused");
        assertTrue(ok <= 100, ok + " tokens issued");
        assertNotNull(limited.header("Retry-After"));
        assertTrue(limited.error().getString("message").contains("rate limit"), limited.body());
        assertEquals(200, call(a, "POST", base + "/tokens", "{\"external_user_id\": \"other\"}", "development").status(),
                "another external user is not limited");
    }

    private static void assertField(Api.Reply r, int status, String field) {
        assertEquals(status, r.status(), r.body());
        assertEquals(field, r.error().getString("field", null), r.body());
    }

    private Api.Reply call(Workspaces.Tenant who, String method, String path, String json, String environment) {
        HttpRequest.Builder request = admin.request(path).header("Authorization", "Bearer " + who.apiKey());
        if (environment != null) {
            request.header("x-pd-environment", environment);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return admin.raw(request);
    }
}
