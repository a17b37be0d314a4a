package io.millrace.it.accounts;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static io.millrace.it.support.Replies.assertBadInput;
import static io.millrace.it.support.Replies.assertForbidden;
import static io.millrace.it.support.Replies.assertNotFound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Browser;
import io.millrace.it.support.Keycloak;
import io.millrace.it.support.LocalHttpServer;
import io.millrace.it.support.Users;
import io.millrace.it.support.Wait;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Apps and connected accounts through the real server: the catalogue (administrators change it), a key-based app
 * against a service the test serves, and an OAuth app whose provider is a real Keycloak (client {@code accounts-app}
 * of signin/millrace-realm.json, access tokens of 6 s): the browser flow with PKCE (the test submits Keycloak's login
 * form), a step using {@code this.<app>.$auth} before and after the access token expired (refreshed), a grant revoked
 * at the provider (the step fails clearly, the account is dead), and deletion revoking the grant.
 */
class ConnectedAccountsIT {
    private static final String CLIENT_ID = "accounts-app";
    private static final String CLIENT_SECRET = "accounts-app-secret";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static final Api admin = Api.server();
    private static Keycloak keycloak;
    private static Users.TestUser owner;
    private static String oauthApp;
    private static LocalHttpServer ledger;

    @BeforeAll
    static void start() {
        keycloak = Keycloak.shared();
        owner = Users.inNewWorkspace(admin, "accounts");
        oauthApp = "keycloak_" + Long.toString(System.nanoTime(), 36);
        String oidc = keycloak.issuer() + "/protocol/openid-connect";
        Api.Reply app = admin.post("/v1/apps", Json.createObjectBuilder().add("name_slug", oauthApp).add("name", "Keycloak IT")
                .add("auth_type", "oauth").add("authorize_url", oidc + "/auth").add("token_url", oidc + "/token")
                .add("revoke_url", oidc + "/revoke").add("scopes", Json.createArrayBuilder().add("openid").add("profile"))
                .build().toString());
        assertEquals(200, app.status(), app.body());
        Api.Reply client = owner.api().post("/v1/workspaces/" + owner.orgId() + "/app_oauth_clients", Json.createObjectBuilder()
                .add("app", oauthApp).add("client_id", CLIENT_ID).add("client_secret", CLIENT_SECRET).build().toString());
        assertEquals(200, client.status(), client.body());
        assertFalse(client.body().contains(CLIENT_SECRET), "the client secret is never returned");
        ledger = new LocalHttpServer().on("/balance", exchange -> {
            boolean ok = ("Bearer ledger-key-1").equals(exchange.getRequestHeaders().getFirst("Authorization"));
            LocalHttpServer.answer(exchange, ok ? 200 : 401, "application/json",
                    (ok ? "{\"balance\":42}" : "{\"error\":\"bad key\"}").getBytes(StandardCharsets.UTF_8));
        }).start();
    }

    @AfterAll
    static void stop() {
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void theCatalogueIsSearchedAndReadByAnyoneAndChangedOnlyByAdministrators() {
        String slug = "acme_" + Long.toString(System.nanoTime(), 36);
        Api.Reply created = admin.post("/v1/apps", "{\"name_slug\":\"" + slug + "\",\"name\":\"Acme Zebra CRM\","
                + "\"auth_type\":\"keys\",\"categories\":[\"CRM\"],\"custom_fields\":[{\"name\":\"api_key\",\"type\":\"password\"}]}");
        assertEquals(200, created.status(), created.body());
        JsonObject app = created.json().getJsonObject("data");
        assertTrue(app.getString("id").startsWith("app_"));
        assertEquals("keys", app.getString("auth_type"));
        assertEquals("api_key", Json.createReader(new java.io.StringReader(app.getString("custom_fields_json"))).readArray()
                .getJsonObject(0).getString("name"));
        for (String key : new String[] {"name_slug", "name", "description", "img_src", "categories", "featured_weight", "connect"}) {
            assertTrue(app.containsKey(key), key + " in " + app);
        }
        Api member = owner.api();
        assertEquals(app.getString("id"), member.get("/v1/apps/" + slug).json().getJsonObject("data").getString("id"));
        assertEquals(slug, member.get("/v1/apps/" + app.getString("id")).json().getJsonObject("data").getString("name_slug"));
        JsonObject found = member.get("/v1/apps?q=zebra&limit=100").json();
        assertTrue(found.getJsonArray("data").stream().anyMatch(a -> a.asJsonObject().getString("name_slug").equals(slug)),
                found.toString());
        assertTrue(member.get("/v1/apps?q=" + slug + "x").json().getJsonArray("data").isEmpty());
        assertNotFound(member.get("/v1/apps/no_such_app_here"));

        assertForbidden(member.post("/v1/apps", "{\"name_slug\":\"mine\",\"auth_type\":\"none\"}"));
        assertForbidden(member.put("/v1/apps/" + slug, "{\"name\":\"x\"}"));
        assertForbidden(member.delete("/v1/apps/" + slug));
        assertBadInput(admin.post("/v1/apps", "{\"name_slug\":\"Bad Slug\",\"auth_type\":\"keys\"}"), "name_slug");
        assertBadInput(admin.post("/v1/apps", "{\"name_slug\":\"okslug\",\"auth_type\":\"oauth\"}"), "authorize_url");
        assertBadInput(admin.post("/v1/apps", "{\"name_slug\":\"okslug\",\"auth_type\":\"keys\",\"custom_fields\":[{}]}"),
                "custom_fields[0].name");
        assertEquals(409, admin.post("/v1/apps", "{\"name_slug\":\"" + slug + "\",\"auth_type\":\"none\"}").status());

        Api.Reply renamed = admin.put("/v1/apps/" + slug, "{\"name\":\"Acme CRM\"}");
        assertEquals("Acme CRM", renamed.json().getJsonObject("data").getString("name"), renamed.body());
        assertEquals(204, admin.delete("/v1/apps/" + slug).status());
        assertNotFound(member.get("/v1/apps/" + slug));
    }

    @Test
    void aKeyBasedAccountIsCheckedAgainstTheAppsFieldsAndGivesAStepItsAuth() {
        String slug = "ledger_" + Long.toString(System.nanoTime(), 36);
        assertEquals(200, admin.post("/v1/apps", "{\"name_slug\":\"" + slug + "\",\"auth_type\":\"keys\",\"custom_fields\":["
                + "{\"name\":\"api_key\",\"type\":\"password\"},{\"name\":\"base_url\"},{\"name\":\"note\",\"optional\":true}]}").status());
        Api api = owner.api();
        assertBadInput(api.post("/v1/accounts", "{\"app\":\"" + slug + "\",\"credentials\":{\"base_url\":\"x\"}}"),
                "credentials.api_key");
        assertBadInput(api.post("/v1/accounts", "{\"app\":\"" + slug + "\",\"credentials\":{\"api_key\":\"k\",\"base_url\":\"x\","
                + "\"other\":\"y\"}}"), "credentials.other");
        assertBadInput(api.post("/v1/accounts", "{\"app\":\"no_such_app\",\"credentials\":{}}"), "app");
        assertBadInput(api.post("/v1/accounts", "{\"app\":\"" + oauthApp + "\",\"credentials\":{}}"), "app");

        Api.Reply created = api.post("/v1/accounts", "{\"app\":\"" + slug + "\",\"name\":\"Ledger\",\"credentials\":"
                + "{\"api_key\":\"ledger-key-1\",\"base_url\":\"" + ledger.url("") + "\"}}");
        assertEquals(200, created.status(), created.body());
        assertFalse(created.body().contains("ledger-key-1"), "no credentials unless asked for");
        JsonObject account = created.json().getJsonObject("data");
        String id = account.getString("id");
        assertTrue(id.startsWith("apn_"), id);
        assertTrue(account.getBoolean("healthy"));
        assertEquals(slug, account.getJsonObject("app").getString("name_slug"));
        assertFalse(api.get("/v1/accounts/" + id).body().contains("ledger-key-1"));
        assertEquals("ledger-key-1", api.get("/v1/accounts/" + id + "?include_credentials=1").json().getJsonObject("data")
                .getJsonObject("credentials").getString("api_key"));
        JsonObject listed = api.get("/v1/accounts?app=" + slug).json();
        assertEquals(1, listed.getJsonArray("data").size(), listed.toString());
        assertBadInput(api.get("/v1/accounts?include_credentials=yes"), "include_credentials");

        Users.TestUser member = Users.create(admin, "accounts-member", null, owner.orgId(), false, "member");
        assertNotFound(member.api().get("/v1/accounts/" + id));
        assertTrue(member.api().get("/v1/accounts").json().getJsonArray("data").isEmpty(), "private to its owner");
        assertEquals(200, api.put("/v1/accounts/" + id, "{\"shared\":true}").status());
        assertEquals(id, member.api().get("/v1/accounts/" + id).json().getJsonObject("data").getString("id"));
        assertForbidden(member.api().delete("/v1/accounts/" + id));
        assertNotFound(admin.get("/v1/accounts/" + id)); // another workspace

        JsonObject wf = api.createHttpWorkflow("ledger", steps(Json.createObjectBuilder().add("name", "balance")
                .add("props", Json.createObjectBuilder().add("ledger", Json.createObjectBuilder().add("authProvisionId", id)))
                .add("code", """
                        export default defineComponent({
                          props: { ledger: { type: "app", app: "%s" } },
                          async run() {
                            const r = await fetch(this.ledger.$auth.base_url + "/balance",
                              { headers: { Authorization: "Bearer " + this.ledger.$auth.api_key } });
                            return { status: r.status, body: await r.json(), keys: Object.keys(this.ledger.$auth).sort() };
                          },
                        })""".formatted(slug)).build().toString()));
        JsonObject value = runNew(api, wf).getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value");
        assertEquals(200, value.getInt("status"), value.toString());
        assertEquals(42, value.getJsonObject("body").getInt("balance"));
        assertEquals("[\"api_key\",\"base_url\"]", value.getJsonArray("keys").toString());

        assertEquals(409, admin.delete("/v1/apps/" + slug).status(), "an app with accounts stays");
        assertEquals(204, api.delete("/v1/accounts/" + id).status());
        assertNotFound(api.get("/v1/accounts/" + id));
        JsonObject failed = runNew(api, wf);
        assertEquals("error", failed.getString("status"));
        assertEquals("ConnectedAccountError", failed.getJsonObject("error").getString("name"), failed.toString());
    }

    @Test
    void anOAuthAccountConnectedThroughKeycloakRefreshesAndFailsClearlyOnceRevoked() {
        Api api = owner.api();
        Api.Reply start = api.raw(api.request("/v1/accounts/oauth/start?app=" + oauthApp + "&name=Kim")
                .header("Authorization", "Bearer " + api.apiKey()).GET());
        assertEquals(303, start.status(), start.body());
        String location = start.header("location");
        for (String part : new String[] {keycloak.issuer() + "/protocol/openid-connect/auth?", "client_id=" + CLIENT_ID,
                "code_challenge_method=S256", "code_challenge=", "state=", "response_type=code", "scope=openid+profile"}) {
            assertTrue(location.contains(part), part + " in " + location);
        }
        assertFalse(location.contains(CLIENT_SECRET));
        Browser browser = new Browser(api);
        HttpResponse<String> form = browser.visit(location);
        assertEquals(200, form.statusCode(), form.body());
        browser.submitLoginForm(form, "kim", "kim-secret");
        HttpResponse<String> callback = browser.lastAt(api.base() + "/v1/accounts/oauth/callback");
        assertEquals(200, callback.statusCode(), callback.body());
        JsonObject account = Json.createReader(new java.io.StringReader(callback.body())).readObject().getJsonObject("data");
        String id = account.getString("id");
        assertEquals("Kim", account.getString("name"));
        assertTrue(account.getBoolean("healthy"));
        assertFalse(callback.body().contains("access_token"), "no tokens in the callback's answer");
        assertEquals(400, browser.visitOnce(callback.uri().toString()).statusCode(), "the state is used once");

        JsonObject credentials = api.get("/v1/accounts/" + id + "?include_credentials=true").json().getJsonObject("data")
                .getJsonObject("credentials");
        String first = credentials.getString("oauth_access_token");
        assertTrue(credentials.containsKey("oauth_refresh_token"), credentials.keySet().toString());

        String userinfo = keycloak.issuer() + "/protocol/openid-connect/userinfo";
        JsonObject wf = api.createHttpWorkflow("kc-userinfo", steps(Json.createObjectBuilder().add("name", "whoami")
                .add("props", Json.createObjectBuilder().add("kc", Json.createObjectBuilder().add("authProvisionId", id)))
                .add("code", """
                        export default defineComponent({
                          props: { kc: { type: "app", app: "%s" } },
                          async run() {
                            const token = this.kc.$auth.oauth_access_token;
                            const r = await fetch("%s", { headers: { Authorization: "Bearer " + token } });
                            if (r.status !== 200) throw new Error("Request failed with status code " + r.status);
                            return { user: (await r.json()).preferred_username, token };
                          },
                        })""".formatted(oauthApp, userinfo)).build().toString()));
        JsonObject before = runNew(api, wf).getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value");
        assertEquals("kim", before.getString("user"), before.toString());

        // the first access token expires (6 s): the next run gets a refreshed one, transparently
        Wait.until("the first access token expired", 30, () -> status(userinfo, first), s -> s == 401);
        JsonObject after = runNew(api, wf).getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value");
        assertEquals("kim", after.getString("user"), after.toString());
        assertNotEquals(first, after.getString("token"), "a refreshed access token");
        JsonObject refreshed = api.get("/v1/accounts/" + id).json().getJsonObject("data");
        assertTrue(refreshed.getString("last_refreshed_at").compareTo(refreshed.getString("created_at")) > 0, refreshed.toString());

        // the grant is revoked at the provider: once the access token expires, the step fails and the account is dead
        String refreshToken = api.get("/v1/accounts/" + id + "?include_credentials=1").json().getJsonObject("data")
                .getJsonObject("credentials").getString("oauth_refresh_token");
        assertEquals(200, revoke(refreshToken));
        Wait.until("the account's access token expired", 30, () -> api.get("/v1/accounts/" + id).json().getJsonObject("data")
                .getString("expires_at"), at -> java.time.Instant.parse(at).isBefore(java.time.Instant.now()));
        JsonObject failed = runNew(api, wf);
        assertEquals("error", failed.getString("status"), failed.toString());
        JsonObject error = failed.getJsonObject("error");
        assertEquals("ConnectedAccountError", error.getString("name"), error.toString());
        assertTrue(error.getString("message").contains(id) && error.getString("message").contains("connect it again"),
                error.getString("message"));
        JsonObject dead = api.get("/v1/accounts/" + id).json().getJsonObject("data");
        assertFalse(dead.getBoolean("healthy"));
        assertTrue(dead.getBoolean("dead"));
        assertTrue(dead.getString("last_error").contains("invalid_grant"), dead.toString());
        assertEquals(204, api.delete("/v1/accounts/" + id).status());
    }

    @Test
    void deletingAnOAuthAccountRevokesItsGrantAtTheProvider() {
        Api api = owner.api();
        Api.Reply start = api.raw(api.request("/v1/accounts/oauth/start?app=" + oauthApp + "&return_url=/accounts")
                .header("Authorization", "Bearer " + api.apiKey()).GET());
        assertEquals(303, start.status(), start.body());
        Browser browser = new Browser(api);
        browser.submitLoginForm(browser.visit(start.header("location")), "kim", "kim-secret");
        HttpResponse<String> callback = browser.lastAt(api.base() + "/v1/accounts/oauth/callback");
        assertEquals(303, callback.statusCode(), callback.body());
        String back = callback.headers().firstValue("location").orElseThrow();
        assertTrue(back.startsWith(api.base() + "/accounts?account_id=apn_"), back);
        String id = back.substring(back.indexOf("apn_"));
        String refreshToken = api.get("/v1/accounts/" + id + "?include_credentials=1").json().getJsonObject("data")
                .getJsonObject("credentials").getString("oauth_refresh_token");
        assertEquals(200, refresh(refreshToken).statusCode(), "the grant works before");
        assertEquals(204, api.delete("/v1/accounts/" + id).status());
        HttpResponse<String> refused = refresh(refreshToken);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("invalid_grant"), refused.body());

        assertBadInput(api.get("/v1/accounts/oauth/start?app=" + oauthApp + "&return_url=https://elsewhere.test/"), "return_url");
        assertBadInput(api.get("/v1/accounts/oauth/start"), "app");
        assertBadInput(api.raw(api.request("/v1/accounts/oauth/callback?state=forged&code=x").GET()), "state");
    }

    @Test
    void connectingChangingDeletingAndAccountsGoingDeadAreAudited() throws Exception {
        Users.TestUser boss = Users.inNewWorkspace(admin, "accounts-audit");
        Api api = boss.api();
        String keys = "audited_" + Long.toString(System.nanoTime(), 36);
        assertEquals(200, admin.post("/v1/apps", "{\"name_slug\":\"" + keys + "\",\"auth_type\":\"keys\",\"custom_fields\":["
                + "{\"name\":\"api_key\",\"type\":\"password\"}]}").status());
        Api.Reply created = api.post("/v1/accounts", "{\"app\":\"" + keys + "\",\"name\":\"Audited\",\"credentials\":"
                + "{\"api_key\":\"audit-secret-key\"}}");
        assertEquals(200, created.status(), created.body());
        String id = created.json().getJsonObject("data").getString("id");
        assertEquals(200, api.put("/v1/accounts/" + id, "{\"shared\":true,\"name\":\"Audited\"}").status());
        assertEquals(204, api.delete("/v1/accounts/" + id).status());
        java.util.List<JsonObject> events = audit(boss, id);
        assertEquals(java.util.List.of("account.deleted", "account.updated", "account.created"),
                events.stream().map(e -> e.getString("action")).toList(), events.toString());
        JsonObject made = events.get(2);
        assertEquals("account", made.getJsonObject("target").getString("type"));
        assertEquals(boss.id(), made.getJsonObject("actor").getString("id"));
        assertEquals(keys, made.getJsonObject("details").getString("app"));
        assertEquals("keys", made.getJsonObject("details").getString("auth_type"));
        assertEquals("[\"shared\"]", events.get(1).getJsonObject("details").getJsonArray("changed").toString(),
                "only what changed");
        assertFalse(events.toString().contains("audit-secret-key"), "no credentials in the audit log");

        // an OAuth provider the test serves: the code is exchanged, the refresh refused (invalid_grant): the account dies
        try (LocalHttpServer provider = new LocalHttpServer().on("/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean code = form.contains("grant_type=authorization_code");
            LocalHttpServer.answer(exchange, code ? 200 : 400, "application/json", (code
                    ? "{\"access_token\":\"at-1\",\"refresh_token\":\"rt-1\",\"token_type\":\"Bearer\",\"expires_in\":1}"
                    : "{\"error\":\"invalid_grant\",\"error_description\":\"revoked\"}").getBytes(StandardCharsets.UTF_8));
        }).start()) {
            String oauth = "dying_" + Long.toString(System.nanoTime(), 36);
            assertEquals(200, admin.post("/v1/apps", Json.createObjectBuilder().add("name_slug", oauth).add("auth_type", "oauth")
                    .add("authorize_url", provider.url("/authorize")).add("token_url", provider.url("/token")).build()
                    .toString()).status());
            assertEquals(200, api.post("/v1/workspaces/" + boss.orgId() + "/app_oauth_clients", "{\"app\":\"" + oauth
                    + "\",\"client_id\":\"c\",\"client_secret\":\"s\"}").status());
            String authorize = api.get("/v1/accounts/oauth/start?app=" + oauth + "&redirect=false").json()
                    .getJsonObject("data").getString("authorize_url");
            String state = java.net.URLDecoder.decode(authorize.replaceFirst(".*[?&]state=([^&]*).*", "$1"), StandardCharsets.UTF_8);
            Api.Reply callback = api.raw(api.request("/v1/accounts/oauth/callback?code=c0de&state="
                    + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8)).GET());
            assertEquals(200, callback.status(), callback.body());
            String dying = callback.json().getJsonObject("data").getString("id");
            JsonObject connected = audit(boss, dying).get(0);
            assertEquals("account.created", connected.getString("action"));
            assertEquals(boss.id(), connected.getJsonObject("actor").getString("id"), "who started, not the system");
            assertEquals("oauth", connected.getJsonObject("details").getString("auth_type"));

            // once the access token (1 s) expired, reading the credentials refreshes it: the provider refuses
            Wait.until("the access token expired", 30, () -> api.get("/v1/accounts/" + dying).json().getJsonObject("data")
                    .getString("expires_at"), at -> java.time.Instant.parse(at).isBefore(java.time.Instant.now()));
            Api.Reply read = api.get("/v1/accounts/" + dying + "?include_credentials=1");
            assertEquals(200, read.status(), read.body());
            JsonObject health = api.get("/v1/accounts/" + dying).json().getJsonObject("data");
            assertTrue(health.getBoolean("dead"), health + " after " + read.body());
            JsonObject died = audit(boss, dying).get(0);
            assertEquals("account.marked_dead", died.getString("action"), died.toString());
            assertTrue(died.getJsonObject("details").getString("reason").contains("invalid_grant"), died.toString());
            api.get("/v1/accounts/" + dying + "?include_credentials=1");
            assertEquals(2, audit(boss, dying).size(), "marked dead once");
        }
    }

    private static java.util.List<JsonObject> audit(Users.TestUser user, String targetId) {
        Api.Reply r = user.api().get("/v1/workspaces/" + user.orgId() + "/audit_log?action=account.&target_id=" + targetId);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("data").getValuesAs(JsonObject.class);
    }

    /** Triggers the workflow and waits for the new execution (not an earlier one) to finish. */
    private static JsonObject runNew(Api api, JsonObject wf) {
        String id = wf.getString("id");
        java.util.Set<String> before = new java.util.HashSet<>();
        api.get("/v1/workflows/" + id + "/executions?limit=100").json().getJsonArray("data")
                .forEach(e -> before.add(e.asJsonObject().getString("id")));
        api.trigger(wf);
        return api.awaitExecution(id, e -> !before.contains(e.getString("id"))
                && !e.getString("status").equals("queued") && !e.getString("status").equals("executing"));
    }

    private static int status(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET()).statusCode();
    }

    private static int revoke(String refreshToken) {
        return send(HttpRequest.newBuilder(URI.create(keycloak.issuer() + "/protocol/openid-connect/revoke"))
                .header("Authorization", basic()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token_type_hint=refresh_token&token=" + refreshToken))).statusCode();
    }

    private static HttpResponse<String> refresh(String refreshToken) {
        return send(HttpRequest.newBuilder(URI.create(keycloak.issuer() + "/protocol/openid-connect/token"))
                .header("Authorization", basic()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=" + refreshToken)));
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
