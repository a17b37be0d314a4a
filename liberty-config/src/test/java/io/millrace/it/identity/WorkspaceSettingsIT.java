package io.millrace.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Browser;
import io.millrace.it.support.LocalUsers;
import io.millrace.it.support.LocalUsers.LocalUser;
import io.millrace.it.support.TotpCodes;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A workspace's settings through the real server: renaming by admins, the required second factor (a
 * signed-in member without it may only enrol) and the login-method policy at password sign-in.
 */
class WorkspaceSettingsIT {
    private static final String ENROL = "this workspace requires two-factor authentication: enrol at POST /v1/users/me/2fa";

    private final Api admin = Api.server();

    @Test
    void adminsRenameTheWorkspaceMembersGet403() {
        LocalUser owner = LocalUsers.create(admin, "settings-owner");
        LocalUser teamAdmin = LocalUsers.create(admin, "settings-admin", owner.orgId(), "admin");
        LocalUser member = LocalUsers.create(admin, "settings-member", owner.orgId(), "member");
        String path = "/v1/workspaces/" + owner.orgId();

        JsonObject before = owner.api().get(path).json().getJsonObject("data");
        assertFalse(before.getBoolean("require_two_factor"));
        assertEquals("any", before.getString("login_methods"));
        assertEquals(0, before.getJsonArray("sso_domains").size());

        Api.Reply renamed = teamAdmin.api().put(path, "{\"name\":\"  Renamed Team  \"}");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("Renamed Team", renamed.json().getJsonObject("data").getString("name"));
        assertEquals("admin", renamed.json().getJsonObject("data").getString("role"));
        assertEquals("Renamed Team", member.api().get(path).json().getJsonObject("data").getString("name"));
        assertEquals(before.getString("orgname"), member.api().get(path).json().getJsonObject("data").getString("orgname"));

        Api.Reply refused = member.api().put(path, "{\"name\":\"Mine now\"}");
        assertEquals(403, refused.status(), refused.body());
        assertEquals("Renamed Team", owner.api().get(path).json().getJsonObject("data").getString("name"));

        assertField(owner.api().put(path, "{\"login_methods\":\"sso_maybe\"}"), "login_methods");
        assertField(owner.api().put(path, "{\"name\":\"  \"}"), "name");
        assertField(owner.api().put(path, "{\"require_two_factor\":\"yes\"}"), "require_two_factor");
        assertField(owner.api().put(path, "{\"login_methods\":\"sso_with_guests\"}"), "sso_domains");
        assertField(owner.api().put(path, "{\"sso_domains\":[\"not a domain\"]}"), "sso_domains");
        assertField(owner.api().put(path, "{\"orgname\":\"x\"}"), "orgname");

        JsonArray log = owner.api().get(path + "/audit_log?action=workspace.updated").json().getJsonArray("data");
        assertTrue(log.stream().anyMatch(e -> e.asJsonObject().getJsonObject("details").getJsonArray("changed")
                .getString(0).equals("name")), log.toString());
    }

    @Test
    void aRequiredSecondFactorSignsMembersOutAndLimitsTheirSessionUntilTheyEnrol() {
        LocalUser owner = LocalUsers.create(admin, "strict-owner");
        LocalUser member = LocalUsers.create(admin, "strict-member", owner.orgId(), "member");
        String path = "/v1/workspaces/" + owner.orgId();
        Browser before = new Browser(admin);
        assertEquals(200, before.login(member.username(), member.password()).status());
        assertEquals(200, before.get("/v1/workflows").status());

        Api.Reply required = owner.api().put(path, "{\"require_two_factor\":true}");
        assertEquals(200, required.status(), required.body());
        assertTrue(required.json().getJsonObject("data").getBoolean("require_two_factor"));
        assertEquals(401, before.get("/v1/workflows").status(), "members without 2FA were signed out");

        Browser browser = new Browser(admin);
        Api.Reply signedIn = browser.login(member.username(), member.password());
        assertEquals(200, signedIn.status(), signedIn.body());
        assertTrue(signedIn.json().getJsonObject("data").getBoolean("two_factor_enrolment_required"));
        Api.Reply limited = browser.get("/v1/workflows");
        assertEquals(403, limited.status(), limited.body());
        assertEquals(ENROL, limited.error().getString("message"));
        assertEquals(403, browser.get(path).status());
        assertEquals(200, browser.get("/v1/users/me").status(), "the profile stays readable");
        assertEquals(200, member.api().get("/v1/workflows").status(), "API keys are not affected");

        Api.Reply enrolment = browser.post("/v1/users/me/2fa", "");
        assertEquals(200, enrolment.status(), enrolment.body());
        String secret = enrolment.json().getJsonObject("data").getString("secret");
        Api.Reply confirmed = browser.post("/v1/users/me/2fa/confirm",
                "{\"code\":\"" + TotpCodes.at(secret, Instant.now()) + "\"}");
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals(200, browser.get("/v1/workflows").status(), "enrolled: the same session is full");
    }

    @Test
    void ssoOnlyRefusesAMembersPasswordButNotTheOwners() {
        LocalUser owner = LocalUsers.create(admin, "sso-owner");
        LocalUser member = LocalUsers.create(admin, "sso-member", owner.orgId(), "member");
        String path = "/v1/workspaces/" + owner.orgId();
        Api.Reply set = owner.api().put(path, "{\"login_methods\":\"sso_only\"}");
        assertEquals(200, set.status(), set.body());
        assertEquals("sso_only", set.json().getJsonObject("data").getString("login_methods"));

        Api.Reply refused = new Browser(admin).login(member.username(), member.password());
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.error().getString("message").contains("does not allow sign-in with password"), refused.body());
        assertEquals(200, new Browser(admin).login(owner.username(), owner.password()).status(), "the owner's own method");

        String domain = "company" + System.nanoTime() + ".example";
        Api.Reply guests = owner.api().put(path, "{\"login_methods\":\"sso_with_guests\",\"sso_domains\":[\"" + domain + "\"]}");
        assertEquals(200, guests.status(), guests.body());
        assertEquals(200, member.api().put("/v1/users/me", "{\"email\":\"guest@partner.example\"}").status());
        assertEquals(200, new Browser(admin).login(member.username(), member.password()).status(), "a guest");
        assertEquals(200, member.api().put("/v1/users/me", "{\"email\":\"staff@" + domain + "\"}").status());
        assertEquals(403, new Browser(admin).login(member.username(), member.password()).status(), "staff use SSO");

        assertEquals(200, owner.api().put(path, "{\"login_methods\":\"any\"}").status());
        assertEquals(200, new Browser(admin).login(member.username(), member.password()).status());
    }

    private static void assertField(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals(field, reply.error().getString("field"), reply.body());
    }
}
