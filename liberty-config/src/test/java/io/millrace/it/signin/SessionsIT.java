package io.millrace.it.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Browser;
import io.millrace.it.support.LocalUsers;
import io.millrace.it.support.LocalUsers.LocalUser;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Browser sign-in through the real server: the session cookie and its attributes, the same /v1 API with
 * the cookie, CSRF refusals, sign-out, listing and revoking sessions, password changes, answers that do not
 * tell unknown usernames apart, throttling, and the audit log.
 */
class SessionsIT {
    private final Api admin = Api.server();

    @Test
    void signingInSetsAHardenedCookieThatWorksOnTheApi() {
        LocalUser user = LocalUsers.create(admin, "signin");
        Browser browser = new Browser(admin);
        Api.Reply reply = browser.login(user.username(), user.password());
        assertEquals(200, reply.status(), reply.body());
        String cookie = reply.header("Set-Cookie");
        String lower = cookie.toLowerCase(Locale.ROOT);
        assertTrue(lower.contains("httponly"), cookie);
        assertTrue(lower.contains("samesite=lax"), cookie);
        assertTrue(lower.contains("path=/"), cookie);
        assertFalse(lower.contains("secure"), "plain HTTP: no Secure attribute: " + cookie);
        assertTrue(browser.cookie().length() >= 30, "a long random value: " + cookie);
        JsonObject data = reply.json().getJsonObject("data");
        assertEquals(user.username(), data.getJsonObject("user").getString("username"));
        assertFalse(data.getJsonObject("user").getBoolean("two_factor_enabled"));
        assertFalse(data.getString("csrf_token").isBlank());
        assertFalse(reply.body().contains(browser.cookie()), "the answer does not repeat the cookie's value");

        Api.Reply me = browser.get("/v1/users/me");
        assertEquals(200, me.status(), me.body());
        assertEquals(user.id(), me.json().getJsonObject("data").getString("id"));
        Api.Reply session = browser.get("/session");
        assertEquals(200, session.status(), session.body());
        assertEquals(browser.csrf(), session.json().getJsonObject("data").getString("csrf_token"));
    }

    @Test
    void theCookieIsSecureBehindATlsProxyAndFormsSignInToo() {
        LocalUser user = LocalUsers.create(admin, "tls");
        Api.Reply reply = admin.raw(admin.request("/login").header("X-Forwarded-Proto", "https")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user.username() + "&password="
                        + Api.encode(user.password()))));
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.header("Set-Cookie").toLowerCase(Locale.ROOT).contains("secure"), reply.header("Set-Cookie"));

        Api.Reply missing = admin.raw(admin.request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user.username())));
        assertEquals(400, missing.status(), missing.body());
        assertEquals("password", missing.error().getString("field"));
    }

    @Test
    void stateChangingRequestsOfASessionNeedItsCsrfTokenAndTheServersOrigin() {
        LocalUser user = LocalUsers.create(admin, "csrf");
        Browser browser = new Browser(admin);
        browser.login(user.username(), user.password());
        String body = "{\"email\":\"csrf@example.com\"}";

        Api.Reply without = browser.send(browser.request("/v1/users/me").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertForbidden(without);
        Api.Reply wrong = browser.send(browser.request("/v1/users/me").header("X-CSRF-Token", "not-the-token")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertForbidden(wrong);
        Api.Reply otherSite = browser.send(browser.withCsrf("/v1/users/me").header("Origin", "https://evil.example")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertForbidden(otherSite);
        assertEquals("null", String.valueOf(browser.get("/v1/users/me").json().getJsonObject("data").get("email")),
                "nothing changed");

        Api.Reply right = browser.send(browser.withCsrf("/v1/users/me").header("Origin", admin.base())
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, right.status(), right.body());
        assertEquals("csrf@example.com", right.json().getJsonObject("data").getString("email"));

        Api.Reply crossSiteLogin = admin.raw(admin.request("/login").header("Origin", "https://evil.example")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user.username() + "\",\"password\":\"" + user.password() + "\"}")));
        assertForbidden(crossSiteLogin);
    }

    @Test
    void bearerCallersNeedNoCsrfTokenAndTheBearerWinsOverACookie() {
        LocalUser user = LocalUsers.create(admin, "bearer");
        LocalUser other = LocalUsers.create(admin, "cookie");
        Browser browser = new Browser(admin);
        browser.login(other.username(), other.password());
        Api.Reply reply = admin.raw(admin.request("/v1/users/me").header("Authorization", "Bearer "
                        + user.data().getString("api_key")).header("Cookie", "millrace_session=" + browser.cookie())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"email\":\"bearer@example.com\"}")));
        assertEquals(200, reply.status(), reply.body());
        assertEquals(user.id(), reply.json().getJsonObject("data").getString("id"), "the Bearer's user");
    }

    @Test
    void signingOutNeedsTheTokenEndsTheSessionAndClearsTheCookie() {
        LocalUser user = LocalUsers.create(admin, "logout");
        Browser browser = new Browser(admin);
        browser.login(user.username(), user.password());
        Api.Reply refused = browser.send(browser.request("/logout").POST(HttpRequest.BodyPublishers.noBody()));
        assertForbidden(refused);
        assertEquals(200, browser.get("/v1/users/me").status(), "still signed in");

        Api.Reply out = browser.logout();
        assertEquals(204, out.status(), out.body());
        String cleared = out.header("Set-Cookie");
        assertNotNull(cleared);
        assertTrue(cleared.startsWith("millrace_session=;") || cleared.startsWith("millrace_session=\"\""), cleared);
        assertTrue(cleared.toLowerCase(Locale.ROOT).contains("max-age=0"), cleared);
        Api.Reply after = browser.get("/v1/users/me");
        assertEquals(401, after.status(), after.body());
        assertEquals(401, after.error().getInt("status"));
    }

    @Test
    void sessionsAreListedWithoutSecretsAndRevokedOneByOne() {
        LocalUser user = LocalUsers.create(admin, "list");
        Browser first = new Browser(admin);
        Browser second = new Browser(admin);
        first.login(user.username(), user.password());
        second.login(user.username(), user.password());

        Api.Reply list = first.get("/v1/users/me/sessions");
        assertEquals(200, list.status(), list.body());
        List<JsonObject> sessions = list.json().getJsonArray("data").getValuesAs(JsonObject.class);
        assertEquals(2, sessions.size(), list.body());
        assertEquals(second.sessionId(), sessions.get(0).getString("id"), "newest first");
        assertFalse(sessions.get(0).getBoolean("current"));
        assertTrue(sessions.get(1).getBoolean("current"));
        assertEquals("127.0.0.1", sessions.get(1).getString("ip_address"));
        assertFalse(list.body().contains(first.cookie()) || list.body().contains(first.csrf()), "no secrets");
        assertTrue(sessions.get(0).getJsonNumber("expires_at").longValue() > sessions.get(0).getJsonNumber("created_at").longValue());

        LocalUser stranger = LocalUsers.create(admin, "stranger");
        assertEquals(404, stranger.api().delete("/v1/users/me/sessions/" + second.sessionId()).status(),
                "another user's session is not found");
        assertEquals(200, second.get("/v1/users/me").status());

        Api.Reply revoked = first.delete("/v1/users/me/sessions/" + second.sessionId());
        assertEquals(204, revoked.status(), revoked.body());
        assertEquals(401, second.get("/v1/users/me").status(), "the revoked session is over");
        assertEquals(200, first.get("/v1/users/me").status());
        assertEquals(404, first.delete("/v1/users/me/sessions/ses_nothere").status());
        assertEquals(1, user.api().get("/v1/users/me/sessions").json().getJsonArray("data").size(),
                "the API key sees the sessions too");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsTheOtherSessions() {
        LocalUser user = LocalUsers.create(admin, "passwd");
        Browser here = new Browser(admin);
        Browser there = new Browser(admin);
        here.login(user.username(), user.password());
        there.login(user.username(), user.password());

        Api.Reply weak = here.put("/v1/users/me/password",
                "{\"current_password\":\"" + user.password() + "\",\"password\":\"password1234\"}");
        assertEquals(400, weak.status(), weak.body());
        assertEquals("password", weak.error().getString("field"));
        Api.Reply short_ = here.put("/v1/users/me/password",
                "{\"current_password\":\"" + user.password() + "\",\"password\":\"short\"}");
        assertEquals("password", short_.error().getString("field"));
        Api.Reply wrongCurrent = here.put("/v1/users/me/password",
                "{\"current_password\":\"not my password at all\",\"password\":\"a brand new passphrase\"}");
        assertEquals(400, wrongCurrent.status(), wrongCurrent.body());
        assertEquals("current_password", wrongCurrent.error().getString("field"));
        assertEquals(200, there.get("/v1/users/me").status(), "a refused change revokes nothing");

        Api.Reply changed = here.put("/v1/users/me/password",
                "{\"current_password\":\"" + user.password() + "\",\"password\":\"a brand new passphrase\"}");
        assertEquals(204, changed.status(), changed.body());
        assertEquals(200, here.get("/v1/users/me").status(), "the session that changed it stays");
        assertEquals(401, there.get("/v1/users/me").status(), "the other session ended");
        assertEquals(401, new Browser(admin).login(user.username(), user.password()).status(), "the old password");
        assertEquals(200, new Browser(admin).login(user.username(), "a brand new passphrase").status());

        List<String> actions = auditActions(user);
        assertTrue(actions.contains("user.password_changed"), actions.toString());
    }

    @Test
    void wrongPasswordsAndUnknownUsersGetTheSameAnswer() {
        LocalUser user = LocalUsers.create(admin, "same");
        Api.Reply wrong = new Browser(admin).login(user.username(), "not the password, no");
        Api.Reply unknown = new Browser(admin).login("nobody-" + System.nanoTime(), "not the password, no");
        assertEquals(401, wrong.status(), wrong.body());
        assertEquals(wrong.status(), unknown.status());
        assertEquals(wrong.body(), unknown.body());
        assertEquals(null, wrong.header("Set-Cookie"));

        List<JsonObject> failures = auditEvents(user).stream()
                .filter(e -> e.getString("action").equals("user.sign_in_failed")).toList();
        assertEquals(1, failures.size(), failures.toString());
        assertEquals(user.username(), failures.get(0).getJsonObject("details").getString("username"));
        assertFalse(failures.get(0).toString().contains("not the password"), "never the password");
    }

    @Test
    void aUserWithoutAPasswordCannotSignInAndWeakPasswordsAreRefusedAtCreation() {
        String name = "nopass-" + System.nanoTime();
        assertEquals(200, admin.post("/v1/admin/users", "{\"username\":\"" + name + "\"}").status());
        Api.Reply reply = new Browser(admin).login(name, "whatever it might be");
        assertEquals(401, reply.status(), reply.body());
        Api.Reply weak = admin.post("/v1/admin/users",
                "{\"username\":\"weak-" + System.nanoTime() + "\",\"password\":\"12345\"}");
        assertEquals(400, weak.status(), weak.body());
        assertEquals("password", weak.error().getString("field"));
        String same = "same-as-name-" + System.nanoTime();
        Api.Reply asName = admin.post("/v1/admin/users", "{\"username\":\"" + same + "\",\"password\":\"" + same + "\"}");
        assertEquals(400, asName.status(), asName.body());
        assertEquals("password", asName.error().getString("field"));
    }

    @Test
    void repeatedFailuresForOneAccountAreThrottled() {
        LocalUser user = LocalUsers.create(admin, "throttled");
        Api.Reply last = null;
        for (int i = 0; i < 12 && (last == null || last.status() == 401); i++) {
            last = new Browser(admin).login(user.username(), "wrong guess number " + i);
        }
        assertEquals(429, last.status(), last.body());
        assertNotNull(last.header("Retry-After"));
        assertTrue(Long.parseLong(last.header("Retry-After")) >= 1);
        Api.Reply right = new Browser(admin).login(user.username(), user.password());
        assertEquals(429, right.status(), "the account waits, even for the right password: " + right.body());
        assertEquals(200, new Browser(admin).login(LocalUsers.create(admin, "unaffected").username(),
                LocalUsers.PASSWORD).status(), "other accounts are not affected");
    }

    @Test
    void signInAndOutAreAudited() {
        LocalUser user = LocalUsers.create(admin, "audited");
        Browser browser = new Browser(admin);
        browser.login(user.username(), user.password());
        assertEquals(204, browser.logout().status());
        List<JsonObject> events = auditEvents(user);
        JsonObject in = events.stream().filter(e -> e.getString("action").equals("user.signed_in")).findFirst().orElseThrow();
        assertEquals(user.id(), in.getJsonObject("actor").getString("id"));
        assertEquals(browser.sessionId(), in.getJsonObject("details").getString("session_id"));
        assertEquals("127.0.0.1", in.getString("source_address"));
        JsonObject out = events.stream().filter(e -> e.getString("action").equals("user.signed_out")).findFirst().orElseThrow();
        assertEquals(user.id(), out.getJsonObject("actor").getString("id"));
        assertNotEquals(in.getString("id"), out.getString("id"));
    }

    private static List<JsonObject> auditEvents(LocalUser user) {
        Api.Reply reply = user.api().get("/v1/workspaces/" + user.orgId() + "/audit_log?limit=100");
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("data").getValuesAs(JsonObject.class);
    }

    private static List<String> auditActions(LocalUser user) {
        return auditEvents(user).stream().map(e -> e.getString("action")).toList();
    }

    private static void assertForbidden(Api.Reply reply) {
        assertEquals(403, reply.status(), reply.body());
        assertEquals(403, reply.error().getInt("status"));
        assertFalse(reply.error().getString("message").isBlank());
    }
}
