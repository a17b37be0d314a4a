package io.millrace.it.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Browser;
import io.millrace.it.support.Keycloak;
import io.millrace.it.support.ProfileServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OIDC browser flow against a real Keycloak (realm signin/millrace-realm.json): Millrace redirects to
 * Keycloak, the test submits Keycloak's login form, Keycloak redirects back with a code, Millrace validates
 * and signs the person in (user just in time, memberships from the {@code groups} claim).
 */
class OidcSignInIT {
    private static final Pattern STATE = Pattern.compile("[?&]state=([^&]+)");
    private static Keycloak keycloak;
    private static ProfileServer server;
    private static Api admin;

    @BeforeAll
    static void start() throws Exception {
        keycloak = Keycloak.shared();
        server = SignInServers.start("millrace-oidc", List.of(
                "MILLRACE_OIDC_ISSUER=" + keycloak.issuer(),
                "MILLRACE_OIDC_CLIENT_ID=" + Keycloak.CLIENT_ID,
                "MILLRACE_OIDC_CLIENT_SECRET=" + Keycloak.CLIENT_SECRET));
        admin = server.api();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.remove(); // Keycloak stays up for other classes; a JVM shutdown hook stops it
        }
    }

    /** Signs in through Keycloak's form: the answer of Millrace's callback. */
    private static HttpResponse<String> signIn(Browser browser, String username) {
        HttpResponse<String> form = browser.get(admin.base() + "/oidc/login");
        assertEquals(200, form.statusCode(), form.uri() + " " + form.body());
        assertTrue(form.uri().toString().startsWith(keycloak.issuer()), form.uri().toString());
        browser.submitLoginForm(form, username, username + "-secret");
        return browser.lastAt(admin.base() + "/oidc/callback");
    }

    @Test
    void aPersonSignsInThroughKeycloakAndIsTheSameUserNextTime() {
        Browser browser = new Browser();
        HttpResponse<String> login = browser.getOnce(admin.base() + "/oidc/login");
        assertEquals(303, login.statusCode());
        String location = login.headers().firstValue("location").orElseThrow();
        for (String part : new String[] {"client_id=millrace", "code_challenge_method=S256", "code_challenge=", "nonce=",
                "state=", "scope=openid"}) {
            assertTrue(location.contains(part), part + " in " + location);
        }
        assertFalse(location.contains(Keycloak.CLIENT_SECRET));
        String cookie = login.headers().firstValue("set-cookie").orElseThrow();
        assertTrue(cookie.startsWith("millrace_oidc=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);

        HttpResponse<String> callback = signIn(new Browser(), "dana");
        assertEquals(303, callback.statusCode(), callback.body());
        assertEquals(admin.base() + "/", callback.uri().resolve(callback.headers().firstValue("location").orElseThrow()).toString());

        List<JsonObject> provisioned = SignInServers.audit(admin, "user.provisioned").stream()
                .filter(e -> e.getJsonObject("details").getString("username").equals("dana")).toList();
        assertEquals(1, provisioned.size(), provisioned.toString());
        assertEquals("oidc", provisioned.get(0).getJsonObject("details").getString("method"));
        String userId = provisioned.get(0).getJsonObject("target").getString("id");
        assertEquals("member", SignInServers.audit(admin, "membership.added").stream()
                .filter(e -> e.getJsonObject("target").getString("id").equals(userId)).findFirst().orElseThrow()
                .getJsonObject("details").getString("role"), "engineers are members of default");

        assertEquals(303, signIn(new Browser(), "dana").statusCode());
        assertEquals(1, SignInServers.audit(admin, "user.provisioned").stream()
                .filter(e -> e.getJsonObject("details").getString("username").equals("dana")).count(), "not created twice");
        assertEquals(2, SignInServers.audit(admin, "user.signed_in").stream()
                .filter(e -> e.getJsonObject("actor").getString("id").equals(userId))
                .peek(e -> assertEquals("oidc", e.getJsonObject("details").getString("method"))).count());
    }

    @Test
    void someoneInNoMappedGroupIsRefused() {
        HttpResponse<String> callback = signIn(new Browser(), "frank");
        assertError(callback, 403, null);
    }

    @Test
    void aTamperedStateIsRefused() {
        Browser browser = new Browser();
        HttpResponse<String> form = browser.get(admin.base() + "/oidc/login");
        HttpResponse<String> back = browser.submitLoginFormWithoutFollowing(form, "dana", "dana-secret");
        String callback = back.headers().firstValue("location").orElseThrow();
        assertTrue(callback.startsWith(admin.base() + "/oidc/callback"), callback);
        Matcher state = STATE.matcher(callback);
        assertTrue(state.find(), callback);
        String tampered = callback.replace("state=" + state.group(1), "state=" + state.group(1) + "x");
        assertError(browser.getOnce(tampered), 400, "state");
        assertError(new Browser().getOnce(callback), 400, "state"); // right state, but no cookie of the browser that started
    }

    @Test
    void aCodeIssuedToAnotherClientIsRefused() {
        Browser browser = new Browser();
        HttpResponse<String> login = browser.getOnce(admin.base() + "/oidc/login");
        String authorize = login.headers().firstValue("location").orElseThrow()
                .replace("client_id=" + Keycloak.CLIENT_ID, "client_id=" + Keycloak.OTHER_CLIENT_ID);
        HttpResponse<String> form = browser.get(authorize);
        assertEquals(200, form.statusCode(), form.body());
        browser.submitLoginForm(form, "erin", "erin-secret");
        HttpResponse<String> callback = browser.lastAt(admin.base() + "/oidc/callback");
        assertError(callback, 401, "code"); // Keycloak: invalid_grant, the code is not millrace's
        assertEquals(0, SignInServers.audit(admin, "user.provisioned").stream()
                .filter(e -> e.getJsonObject("details").getString("username").equals("erin")).count(), "nobody signed in");
    }

    @Test
    void theProvidersErrorIsA401() {
        Browser browser = new Browser();
        HttpResponse<String> login = browser.getOnce(admin.base() + "/oidc/login");
        Matcher state = STATE.matcher(login.headers().firstValue("location").orElseThrow());
        assertTrue(state.find());
        assertError(browser.getOnce(admin.base() + "/oidc/callback?error=access_denied&state=" + state.group(1)), 401, "error");
        assertError(browser.getOnce(admin.base() + "/oidc/callback?code=abc"), 400, "state");
    }

    private static void assertError(HttpResponse<String> answer, int status, String field) {
        assertEquals(status, answer.statusCode(), answer.uri() + " " + answer.body());
        assertTrue(answer.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        JsonObject error = Json.createReader(new StringReader(answer.body())).readObject().getJsonObject("error");
        assertEquals(status, error.getInt("status"));
        assertEquals(field, error.getString("field", null), answer.body());
        assertFalse(answer.body().contains(Keycloak.CLIENT_SECRET));
        assertFalse(answer.headers().allValues("set-cookie").stream().anyMatch(c -> c.startsWith("millrace_session=")
                && !c.startsWith("millrace_session=;")), "no session");
    }

}
