package io.millrace.it.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Browser;
import io.millrace.it.support.TestDirectory;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /login} with {@code "method": "ldap"} against a real directory (UnboundID in-memory, seeded from
 * signin/directory.ldif): groups by a group search ({@code (member={dn})}), mapped to workspaces and roles
 * that are the stored memberships; the sign-in opens the same browser session (cookie, CSRF token) as a
 * local password.
 */
@ExtendWith(SsoServer.class)
class LdapSignInIT {
    private static final String PEOPLE = "ou=people,dc=example,dc=com";
    private static TestDirectory directory;
    private static Api admin;
    private static Api opsOwner;
    private static String opsOrg;

    @BeforeAll
    static void start() {
        SsoServer.Started started = SsoServer.get();
        directory = started.directory();
        admin = started.admin();
        opsOwner = started.opsOwner();
        opsOrg = started.opsOrgId();
    }

    private static Api.Reply login(String username, String password) {
        return new Browser(admin).login(username, password, null, "ldap");
    }

    @Test
    void theRightPasswordOpensABrowserSessionWithTheWorkspacesAndRolesOfTheGroups() {
        Browser browser = new Browser(admin);
        Api.Reply first = browser.login("alice", "alice-secret", null, "ldap");
        assertEquals(200, first.status(), first.body());
        JsonObject data = first.json().getJsonObject("data");
        JsonObject user = data.getJsonObject("user");
        assertEquals("alice", user.getString("username"));
        assertEquals("alice@example.com", user.getString("email"));
        assertEquals(Map.of("default", "member"), SignInServers.roles(user), "the mapped workspace only, none of her own");
        assertFalse(data.getString("csrf_token").isBlank());
        String cookie = first.header("Set-Cookie");
        assertTrue(cookie.startsWith("millrace_session=") && cookie.contains("HttpOnly"), cookie);
        SignInServers.assertSessionWorks(browser, user.getString("id"), Map.of("default", "member"));
        assertEquals(200, browser.get("/session").status());

        assertEquals("member", SignInServers.members(admin, SignInServers.defaultOrg(admin)).get("alice"),
                "a stored membership the workspace's members list shows");

        Browser again = new Browser(admin);
        Api.Reply second = again.login("alice", "alice-secret", null, "ldap");
        assertEquals(200, second.status(), second.body());
        assertEquals(user.getString("id"), second.json().getJsonObject("data").getJsonObject("user").getString("id"),
                "the same user, linked by the directory's entryUUID");
        assertFalse(again.sessionId().equals(browser.sessionId()), "a session of its own");

        String userId = user.getString("id");
        assertEquals(1, SignInServers.audit(admin, "user.provisioned").stream()
                .filter(e -> e.getJsonObject("target").getString("id").equals(userId)
                        && e.getJsonObject("details").getString("method").equals("ldap")).count(), "created once");
        assertEquals(0, SignInServers.audit(admin, "member.added").stream()
                .filter(e -> e.getJsonObject("target").getString("id").equals(userId)).count(),
                "her one membership came with the user (user.created), not added a second time");
        assertTrue(SignInServers.audit(admin, "user.signed_in").stream()
                .filter(e -> e.getJsonObject("target").getString("id").equals(userId))
                .peek(e -> assertEquals("ldap", e.getJsonObject("details").getString("method"))).count() >= 2);
    }

    @Test
    void aLocalPasswordIsNotTheDirectorysAndAMethodIsNeededForIt() {
        Api.Reply local = new Browser(admin).login("alice", "alice-secret");
        assertEquals(401, local.status(), "no method is a local password, which alice has not: " + local.body());
        Api.Reply explicit = new Browser(admin).login("alice", "alice-secret", null, "password");
        assertEquals(401, explicit.status(), explicit.body());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        Api.Reply wrong = login("alice", "not-her-password");
        Api.Reply unknown = login("mallory", "alice-secret");
        assertEquals(401, wrong.status(), wrong.body());
        assertEquals(401, unknown.status(), unknown.body());
        assertEquals(wrong.body(), unknown.body());
        assertTrue(wrong.header("content-type").startsWith("application/json"));
        assertFalse(wrong.body().contains("alice"), wrong.body());
    }

    @Test
    void anLdapInjectionInTheUsernameIsRefused() {
        for (String injected : new String[] {"*)(uid=*", "*", "alice)(|(uid=*", "al*"}) {
            Api.Reply r = login(injected, "alice-secret");
            assertEquals(401, r.status(), injected + " " + r.body());
            assertEquals(login("mallory", "x").body(), r.body());
        }
    }

    @Test
    void someoneInNoMappedGroupIsRefusedWithoutADefaultWorkspace() {
        Api.Reply carol = login("carol", "carol-secret");
        assertEquals(403, carol.status(), carol.body());
        assertTrue(carol.json().getJsonObject("error").getString("message").contains("not in a group"), carol.body());
    }

    @Test
    void losingAGroupInTheDirectoryRemovesTheStoredMembershipAtTheNextSignIn() {
        Browser before = new Browser(admin);
        Api.Reply first = before.login("bob", "bob-secret", null, "ldap");
        assertEquals(200, first.status(), first.body());
        String bobId = first.json().getJsonObject("data").getJsonObject("user").getString("id");
        Map<String, String> both = Map.of("default", "member", SignInServers.OPS, "admin");
        assertEquals(both, SignInServers.roles(first.json().getJsonObject("data").getJsonObject("user")));
        SignInServers.assertSessionWorks(before, bobId, both);
        assertEquals("admin", SignInServers.members(opsOwner, opsOrg).get("bob"), "the ops team's owner sees bob as admin");
        assertEquals(200, before.get("/v1/workspaces/" + opsOrg + "/members").status(), "bob reads the members as admin");

        directory.removeMember("cn=operators,ou=groups,dc=example,dc=com", "uid=bob," + PEOPLE);
        Browser after = new Browser(admin);
        Api.Reply second = after.login("bob", "bob-secret", null, "ldap");
        assertEquals(200, second.status(), second.body());
        assertEquals(Map.of("default", "member"), SignInServers.roles(second.json().getJsonObject("data").getJsonObject("user")));
        SignInServers.assertSessionWorks(after, bobId, Map.of("default", "member"));
        assertNull(SignInServers.members(opsOwner, opsOrg).get("bob"), "removed from the stored members");
        assertEquals(404, after.get("/v1/workspaces/" + opsOrg + "/members").status(), "no longer a member there");
        assertEquals(401, before.get("/v1/users/me").status(), "the session from when bob was an admin there is revoked");
        assertTrue(SignInServers.audit(opsOwner, opsOrg, "member.removed").stream()
                .anyMatch(e -> e.getJsonObject("target").getString("id").equals(bobId)));
    }

    @Test
    void badRequestsAre400sNamingTheField() {
        assertField(post("{\"username\":\"alice\",\"password\":\"alice-secret\",\"method\":\"ldap\",\"code\":\"123456\"}"), "code");
        assertField(post("{\"username\":\"alice\",\"password\":\"alice-secret\",\"method\":\"saml\"}"), "method");
        assertField(post("{\"username\":\"alice\",\"method\":\"ldap\"}"), "password");
        assertField(post("{\"username\":\"\",\"password\":\"x\",\"method\":\"ldap\"}"), "username");
        assertField(post("{\"username\":7,\"password\":\"x\",\"method\":\"ldap\"}"), "username");
        assertField(post("{\"user\":\"alice\",\"password\":\"x\",\"method\":\"ldap\"}"), "user");
        Api.Reply notJson = post("username=alice");
        assertEquals(400, notJson.status(), notJson.body());
    }

    private static Api.Reply post(String body) {
        return admin.raw(admin.request("/login").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    private static void assertField(Api.Reply r, String field) {
        assertEquals(400, r.status(), r.body());
        assertEquals(field, r.json().getJsonObject("error").getString("field", null), r.body());
    }
}
