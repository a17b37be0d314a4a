package io.millrace.it.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Browser;
import io.millrace.it.support.Keycloak;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OIDC browser flow against a real Keycloak (realm signin/millrace-realm.json): Millrace redirects to
 * Keycloak, the test submits Keycloak's login form, Keycloak redirects back with a code, Millrace validates
 * and signs the person in (user just in time, stored memberships from the {@code groups} claim) with a
 * browser session opened before the redirect to {@code /}.
 */
@ExtendWith(SsoServer.class)
class OidcSignInIT {
    private static final Pattern STATE = Pattern.compile("[?&]state=([^&]+)");
    private static Keycloak keycloak;
    private static Api admin;
    private static Api opsOwner;
    private static String opsOrg;

    @BeforeAll
    static void start() {
        SsoServer.Started started = SsoServer.get();
        keycloak = started.keycloak();
        admin = started.admin();
        opsOwner = started.opsOwner();
        opsOrg = started.opsOrgId();
    }

    /** Signs in through Keycloak's form: the answer of Millrace's callback. */
    private static HttpResponse<String> signIn(Browser browser, String username) {
        return signIn(browser, username, "/oidc/login");
    }

    private static HttpResponse<String> signIn(Browser browser, String username, String loginPath) {
        HttpResponse<String> form = browser.visit(admin.base() + loginPath);
        assertEquals(200, form.statusCode(), form.uri() + " " + form.body());
        assertTrue(form.uri().toString().startsWith(keycloak.issuer()), form.uri().toString());
        browser.submitLoginForm(form, username, username + "-secret");
        return browser.lastAt(admin.base() + "/oidc/callback");
    }

    @Test
    void aPersonSignsInThroughKeycloakAndIsTheSameUserNextTime() {
        Browser browser = new Browser(admin);
        HttpResponse<String> login = browser.visitOnce(admin.base() + "/oidc/login");
        assertEquals(303, login.statusCode());
        String location = login.headers().firstValue("location").orElseThrow();
        for (String part : new String[] {"client_id=millrace", "code_challenge_method=S256", "code_challenge=", "nonce=",
                "state=", "scope=openid"}) {
            assertTrue(location.contains(part), part + " in " + location);
        }
        assertFalse(location.contains(Keycloak.CLIENT_SECRET));
        String cookie = login.headers().firstValue("set-cookie").orElseThrow();
        assertTrue(cookie.startsWith("millrace_oidc=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);

        Browser dana = new Browser(admin);
        HttpResponse<String> callback = signIn(dana, "dana");
        assertEquals(303, callback.statusCode(), callback.body());
        assertEquals(admin.base() + "/", callback.uri().resolve(callback.headers().firstValue("location").orElseThrow()).toString());
        assertTrue(callback.headers().allValues("set-cookie").stream().anyMatch(c -> c.startsWith("millrace_session=")
                && !c.startsWith("millrace_session=;") && c.contains("HttpOnly")), "the session opens before the redirect: "
                + callback.headers().allValues("set-cookie"));
        Api.Reply session = dana.resumeSession();
        assertEquals(200, session.status(), session.body());
        String userId = session.json().getJsonObject("data").getJsonObject("user").getString("id");
        assertEquals("dana", session.json().getJsonObject("data").getJsonObject("user").getString("username"));
        SignInServers.assertSessionWorks(dana, userId, Map.of("default", "member"));
        assertEquals("member", SignInServers.members(admin, SignInServers.defaultOrg(admin)).get("dana"),
                "engineers are stored members of default");

        List<JsonObject> provisioned = SignInServers.audit(admin, "user.provisioned").stream()
                .filter(e -> e.getJsonObject("details").getString("username").equals("dana")).toList();
        assertEquals(1, provisioned.size(), provisioned.toString());
        assertEquals("oidc", provisioned.get(0).getJsonObject("details").getString("method"));
        assertEquals(userId, provisioned.get(0).getJsonObject("target").getString("id"));

        Browser again = new Browser(admin);
        assertEquals(303, signIn(again, "dana").statusCode());
        assertEquals(200, again.resumeSession().status());
        assertEquals(userId, again.get("/v1/users/me").json().getJsonObject("data").getString("id"), "the same user");
        assertFalse(again.sessionId().equals(dana.sessionId()), "a session of its own");
        assertEquals(1, SignInServers.audit(admin, "user.provisioned").stream()
                .filter(e -> e.getJsonObject("details").getString("username").equals("dana")).count(), "not created twice");
        assertEquals(2, SignInServers.audit(admin, "user.signed_in").stream()
                .filter(e -> e.getJsonObject("actor").getString("id").equals(userId))
                .peek(e -> assertEquals("oidc", e.getJsonObject("details").getString("method"))).count());
    }

    /** The console's SSO button passes the page to come back to (an invitation being accepted) as return_to. */
    @Test
    void theSignInReturnsToTheLocalPathItStartedFromAndNowhereElse() {
        Browser dana = new Browser(admin);
        HttpResponse<String> back = signIn(dana, "dana", "/oidc/login?return_to=" + Api.encode("/invitations/inv_abc?from=mail"));
        assertEquals(303, back.statusCode(), back.body());
        assertEquals(admin.base() + "/invitations/inv_abc?from=mail",
                back.uri().resolve(back.headers().firstValue("location").orElseThrow()).toString());
        assertTrue(back.headers().allValues("set-cookie").stream().anyMatch(c -> c.startsWith("millrace_oidc_return=;")),
                "the kept path is cleared: " + back.headers().allValues("set-cookie"));
        assertEquals(200, dana.resumeSession().status());

        for (String foreign : new String[] {"https://elsewhere.example/", "//elsewhere.example/x", "invitations/x"}) {
            HttpResponse<String> home = signIn(new Browser(admin), "dana", "/oidc/login?return_to=" + Api.encode(foreign));
            assertEquals(admin.base() + "/", home.uri().resolve(home.headers().firstValue("location").orElseThrow()).toString(),
                    "only a local path: " + foreign);
        }
    }

    @Test
    void aGroupRemovedAtTheProviderRemovesTheStoredMembershipAtTheNextSignIn() {
        Browser before = new Browser(admin);
        assertEquals(303, signIn(before, "erin").statusCode());
        assertEquals(200, before.resumeSession().status());
        String erinId = before.get("/v1/users/me").json().getJsonObject("data").getString("id");
        Map<String, String> both = Map.of("default", "member", SignInServers.OPS, "admin");
        SignInServers.assertSessionWorks(before, erinId, both);
        assertEquals("admin", SignInServers.members(opsOwner, opsOrg).get("erin"), "the ops team's owner sees erin as admin");

        keycloak.removeFromGroup("erin", "operators");
        Browser after = new Browser(admin);
        assertEquals(303, signIn(after, "erin").statusCode());
        assertEquals(200, after.resumeSession().status());
        SignInServers.assertSessionWorks(after, erinId, Map.of("default", "member"));
        assertNull(SignInServers.members(opsOwner, opsOrg).get("erin"), "removed from the stored members");
        assertEquals(401, before.get("/v1/users/me").status(), "the session from when erin was an admin there is revoked");
        assertTrue(SignInServers.audit(opsOwner, opsOrg, "member.removed").stream()
                .anyMatch(e -> e.getJsonObject("target").getString("id").equals(erinId)));
    }

    @Test
    void someoneInNoMappedGroupIsRefused() {
        HttpResponse<String> callback = signIn(new Browser(admin), "frank");
        assertError(callback, 403, null);
    }

    @Test
    void aTamperedStateIsRefused() {
        Browser browser = new Browser(admin);
        HttpResponse<String> form = browser.visit(admin.base() + "/oidc/login");
        HttpResponse<String> back = browser.submitLoginFormWithoutFollowing(form, "dana", "dana-secret");
        String callback = back.headers().firstValue("location").orElseThrow();
        assertTrue(callback.startsWith(admin.base() + "/oidc/callback"), callback);
        Matcher state = STATE.matcher(callback);
        assertTrue(state.find(), callback);
        String tampered = callback.replace("state=" + state.group(1), "state=" + state.group(1) + "x");
        assertError(browser.visitOnce(tampered), 400, "state");
        assertError(new Browser(admin).visitOnce(callback), 400, "state"); // right state, but no cookie of the browser that started
    }

    @Test
    void aCodeIssuedToAnotherClientIsRefused() {
        Browser browser = new Browser(admin);
        HttpResponse<String> login = browser.visitOnce(admin.base() + "/oidc/login");
        String authorize = login.headers().firstValue("location").orElseThrow()
                .replace("client_id=" + Keycloak.CLIENT_ID, "client_id=" + Keycloak.OTHER_CLIENT_ID);
        HttpResponse<String> form = browser.visit(authorize);
        assertEquals(200, form.statusCode(), form.body());
        long signedInBefore = SignInServers.audit(admin, "user.signed_in").size();
        browser.submitLoginForm(form, "dana", "dana-secret");
        HttpResponse<String> callback = browser.lastAt(admin.base() + "/oidc/callback");
        assertError(callback, 401, "code"); // Keycloak: invalid_grant, the code is not millrace's
        assertEquals(signedInBefore, SignInServers.audit(admin, "user.signed_in").size(), "nobody signed in");
    }

    @Test
    void theProvidersErrorIsA401() {
        Browser browser = new Browser(admin);
        HttpResponse<String> login = browser.visitOnce(admin.base() + "/oidc/login");
        Matcher state = STATE.matcher(login.headers().firstValue("location").orElseThrow());
        assertTrue(state.find());
        assertError(browser.visitOnce(admin.base() + "/oidc/callback?error=access_denied&state=" + state.group(1)), 401, "error");
        assertError(browser.visitOnce(admin.base() + "/oidc/callback?code=abc"), 400, "state");
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
