package io.millrace.it.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.ProfileServer;
import io.millrace.it.support.TestDirectory;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /login} with {@code "method": "ldap"} against a real directory (UnboundID in-memory, seeded from
 * signin/directory.ldif): groups by a group search ({@code (member={dn})}), mapped to workspaces and roles.
 */
class LdapSignInIT {
    private static final String PEOPLE = "ou=people,dc=example,dc=com";
    private static TestDirectory directory;
    private static ProfileServer server;
    private static Api admin;

    @BeforeAll
    static void start() throws Exception {
        directory = new TestDirectory("dc=example,dc=com", "/signin/directory.ldif");
        server = SignInServers.start("millrace-ldap", List.of(
                "MILLRACE_LDAP_URL=" + directory.url(),
                "MILLRACE_LDAP_BASE_DN=" + directory.baseDn(),
                "MILLRACE_LDAP_GROUP_FILTER=(&(objectClass=groupOfNames)(member={dn}))"));
        admin = server.api();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (server != null) {
                server.remove();
            }
        } finally {
            if (directory != null) {
                directory.close();
            }
        }
    }

    private static Api.Reply login(String username, String password) {
        return admin.raw(admin.request("/login").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("username", username).add("password", password).add("method", "ldap").build().toString())));
    }

    @Test
    void theRightPasswordSignsInWithTheWorkspacesAndRolesOfTheGroups() {
        Api.Reply first = login("alice", "alice-secret");
        assertEquals(200, first.status(), first.body());
        JsonObject user = first.json().getJsonObject("data").getJsonObject("user");
        assertEquals("alice", user.getString("username"));
        assertEquals("alice@example.com", user.getString("email"));
        assertTrue(first.json().getJsonObject("data").getBoolean("provisioned"), "created just in time");
        assertEquals(Map.of("default", "member"), SignInServers.roles(first.json()));

        Api.Reply again = login("alice", "alice-secret");
        assertEquals(200, again.status(), again.body());
        assertFalse(again.json().getJsonObject("data").getBoolean("provisioned"));
        assertEquals(user.getString("id"), again.json().getJsonObject("data").getJsonObject("user").getString("id"),
                "the same user, linked by the directory's entryUUID");

        assertTrue(SignInServers.audit(admin, "user.provisioned").stream()
                .anyMatch(e -> e.getJsonObject("target").getString("id").equals(user.getString("id"))
                        && e.getJsonObject("details").getString("method").equals("ldap")));
        assertTrue(SignInServers.audit(admin, "user.signed_in").stream()
                .filter(e -> e.getJsonObject("actor").getString("id").equals(user.getString("id"))).count() >= 2);
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
    void losingAGroupInTheDirectoryRemovesTheMembershipAtTheNextSignIn() {
        Api.Reply before = login("bob", "bob-secret");
        assertEquals(200, before.status(), before.body());
        assertEquals(Map.of("default", "member", SignInServers.OPS, "admin"), SignInServers.roles(before.json()));
        directory.removeMember("cn=operators,ou=groups,dc=example,dc=com", "uid=bob," + PEOPLE);
        Api.Reply after = login("bob", "bob-secret");
        assertEquals(200, after.status(), after.body());
        assertEquals(Map.of("default", "member"), SignInServers.roles(after.json()));
    }

    @Test
    void badRequestsAre400sNamingTheField() {
        assertField(post("{\"username\":\"alice\",\"password\":\"alice-secret\"}"), "method");
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
