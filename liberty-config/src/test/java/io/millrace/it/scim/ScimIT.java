package io.millrace.it.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Browser;
import io.millrace.it.support.LocalUsers;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code /scim/v2} with a workspace's SCIM token, the way Okta and Entra ID provision and deprovision. */
class ScimIT {
    private static final String SCIM_JSON = "application/scim+json";
    private static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    private final Api admin = Api.server();

    /** A SCIM client with a bearer token. */
    private record Scim(Api api, String token) {
        Api.Reply send(String method, String path, String body) {
            HttpRequest.Builder r = api.request(path).header("Accept", SCIM_JSON);
            if (token != null) {
                r.header("Authorization", "Bearer " + token);
            }
            r.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                r.header("Content-Type", SCIM_JSON);
            }
            return api.raw(r);
        }

        Api.Reply get(String path) { return send("GET", path, null); }
        Api.Reply post(String path, String body) { return send("POST", path, body); }
        Api.Reply patch(String path, String body) { return send("PATCH", path, body); }
        Api.Reply put(String path, String body) { return send("PUT", path, body); }
        Api.Reply delete(String path) { return send("DELETE", path, null); }
    }

    private static String token(Workspaces.Tenant team, String name) {
        Api.Reply r = team.api().post("/v1/workspaces/" + team.orgId() + "/scim_tokens", "{\"name\":\"" + name + "\"}");
        assertEquals(200, r.status(), r.body());
        String token = r.json().getJsonObject("data").getString("token");
        assertTrue(token.startsWith("scim_"));
        return token;
    }

    private static JsonObject ok(Api.Reply r) {
        assertTrue(r.status() == 200 || r.status() == 201, r.status() + " " + r.body());
        assertTrue(r.header("Content-Type").startsWith(SCIM_JSON), r.header("Content-Type"));
        return r.json();
    }

    private static void assertScimError(Api.Reply r, int status, String scimType) {
        assertEquals(status, r.status(), r.body());
        JsonObject e = r.json();
        assertEquals(List.of(ERROR), e.getJsonArray("schemas").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(String.valueOf(status), e.getString("status"));
        if (scimType != null) {
            assertEquals(scimType, e.getString("scimType"), r.body());
        }
        assertFalse(e.getString("detail").isBlank());
        assertFalse(r.body().contains("Exception"), r.body());
    }

    private static String user(String userName, String externalId, String email) {
        return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + userName
                + "\",\"externalId\":\"" + externalId + "\",\"name\":{\"givenName\":\"Ada\",\"familyName\":\"Lovelace\"},"
                + "\"emails\":[{\"primary\":true,\"value\":\"" + email + "\",\"type\":\"work\"}],"
                + "\"active\":true,\"password\":\"ignored-by-millrace\"}";
    }

    private static JsonArray resources(JsonObject list) {
        return list.getJsonArray("Resources");
    }

    private static Set<String> memberIds(Api api, String orgId, String role) {
        return api.get("/v1/workspaces/" + orgId + "/members").json().getJsonArray("data").stream()
                .map(JsonValue::asJsonObject).filter(m -> m.getString("role").equals(role))
                .map(m -> m.getString("id")).collect(Collectors.toSet());
    }

    @Test
    void oktaCreatesFindsDeactivatesAndReactivatesAUser() {
        Workspaces.Tenant team = Workspaces.create(admin, "scim-okta");
        Scim scim = new Scim(admin, token(team, "Okta"));
        String userName = "ada." + System.nanoTime() + "@example.com";

        assertEquals(0, ok(scim.get("/scim/v2/Users?filter=" + Api.encode("userName eq \"" + userName + "\"")))
                .getInt("totalResults"), "Okta looks the user up first");
        Api.Reply created = scim.post("/scim/v2/Users", user(userName, "00u1", "ada@example.com"));
        assertEquals(201, created.status(), created.body());
        JsonObject ada = ok(created);
        String id = ada.getString("id");
        assertTrue(created.header("Location").endsWith("/scim/v2/Users/" + id));
        assertEquals(userName, ada.getString("userName"));
        assertEquals("00u1", ada.getString("externalId"));
        assertTrue(ada.getBoolean("active"));
        assertEquals("Ada", ada.getJsonObject("name").getString("givenName"));
        assertEquals("ada@example.com", ada.getJsonArray("emails").getJsonObject(0).getString("value"));
        assertTrue(memberIds(team.api(), team.orgId(), "member").contains(id), "a member of the workspace");

        JsonObject found = ok(scim.get("/scim/v2/Users?filter="
                + Api.encode("userName eq \"" + userName.toUpperCase() + "\"")));
        assertEquals(1, found.getInt("totalResults"));
        assertEquals(id, resources(found).getJsonObject(0).getString("id"));
        assertEquals(1, ok(scim.get("/scim/v2/Users?filter=" + Api.encode("externalId eq \"00u1\" and active eq true")))
                .getInt("totalResults"));
        assertEquals(1, ok(scim.get("/scim/v2/Users?filter=" + Api.encode("emails.value eq \"ada@example.com\""
                + " or userName eq \"nobody\"")))
                .getInt("totalResults"));
        assertEquals(0, ok(scim.get("/scim/v2/Users?filter=" + Api.encode("externalId eq \"00U1\""))).getInt("totalResults"),
                "externalId is case-exact");
        JsonObject all = ok(scim.get("/scim/v2/Users?startIndex=2&count=1"));
        assertEquals(2, all.getInt("totalResults"), "the owner and Ada");
        assertEquals(2, all.getInt("startIndex"));
        assertEquals(1, resources(all).size());

        // Okta deactivates with a value-form replace
        JsonObject off = ok(scim.patch("/scim/v2/Users/" + id, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}"));
        assertFalse(off.getBoolean("active"));
        assertFalse(memberIds(team.api(), team.orgId(), "member").contains(id), "no longer a member");
        assertFalse(ok(scim.get("/scim/v2/Users/" + id)).getBoolean("active"), "still known to SCIM, inactive");
        assertEquals(1, ok(scim.get("/scim/v2/Users?filter=" + Api.encode("active eq false"))).getInt("totalResults"));

        // Entra ID's path form, with its string boolean
        JsonObject on = ok(scim.patch("/scim/v2/Users/" + id, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"True\"},"
                + "{\"op\":\"replace\",\"path\":\"name.familyName\",\"value\":\"King\"},"
                + "{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"ada.king@example.com\"},"
                + "{\"op\":\"add\",\"path\":\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department\",\"value\":\"R&D\"}]}"));
        assertTrue(on.getBoolean("active"));
        assertEquals("King", on.getJsonObject("name").getString("familyName"));
        assertEquals("ada.king@example.com", on.getJsonArray("emails").getJsonObject(0).getString("value"));
        assertTrue(memberIds(team.api(), team.orgId(), "member").contains(id), "a member again");

        JsonObject replaced = ok(scim.put("/scim/v2/Users/" + id, user(userName, "00u1-b", "ada.king@example.com")));
        assertEquals("00u1-b", replaced.getString("externalId"));
        assertEquals("Lovelace", replaced.getJsonObject("name").getString("familyName"));

        Api.Reply again = scim.post("/scim/v2/Users", user(userName, "00u1", "ada@example.com"));
        assertScimError(again, 409, "uniqueness");

        assertEquals(204, scim.delete("/scim/v2/Users/" + id).status());
        assertScimError(scim.get("/scim/v2/Users/" + id), 404, null);
        assertFalse(memberIds(team.api(), team.orgId(), "member").contains(id));

        String audit = team.api().get("/v1/workspaces/" + team.orgId() + "/audit_log?limit=100").body();
        assertTrue(audit.contains("\"scim_token.created\""), audit);
        assertTrue(audit.contains("\"type\":\"scim\""), "membership changes name the SCIM token: " + audit);
        for (String action : new String[] {"user.deactivated", "user.reactivated", "user.deleted"}) {
            JsonArray events = team.api().get("/v1/workspaces/" + team.orgId() + "/audit_log?limit=100&action=" + action)
                    .json().getJsonArray("data");
            assertEquals(1, events.size(), action + ": " + events);
            JsonObject event = events.getJsonObject(0);
            assertEquals(id, event.getJsonObject("target").getString("id"), action);
            assertEquals("scim", event.getJsonObject("actor").getString("type"), action);
            assertEquals(userName, event.getJsonObject("details").getString("username"), action);
        }
    }

    @Test
    void deprovisioningAnExistingMemberEndsItsApiAccessAndBrowserSession() {
        Workspaces.Tenant team = Workspaces.create(admin, "scim-deprov");
        Scim scim = new Scim(admin, token(team, "Entra ID"));
        LocalUsers.LocalUser bob = LocalUsers.create(admin, "scim-bob", team.orgId(), "admin");
        Browser browser = new Browser(admin);
        assertEquals(200, browser.login(bob.username(), bob.password()).status());
        assertEquals(200, browser.get("/v1/workspaces/" + team.orgId()).status());
        assertEquals(200, bob.api().get("/v1/workflows?org_id=" + team.orgId()).status());

        JsonObject listed = ok(scim.get("/scim/v2/Users?filter=" + Api.encode("userName eq \"" + bob.username() + "\"")));
        assertEquals(bob.id(), resources(listed).getJsonObject(0).getString("id"));
        assertEquals("admin", resources(listed).getJsonObject(0).getJsonArray("groups").getJsonObject(0).getString("value"));

        ok(scim.patch("/scim/v2/Users/" + bob.id(), "{\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}"));
        assertEquals(404, bob.api().get("/v1/workflows?org_id=" + team.orgId()).status(), "its API calls to the workspace");
        assertEquals(401, browser.get("/v1/workspaces/" + team.orgId()).status(), "its browser session ended");

        JsonObject back = ok(scim.patch("/scim/v2/Users/" + bob.id(),
                "{\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":true}}]}"));
        assertTrue(back.getBoolean("active"));
        assertEquals(200, bob.api().get("/v1/workflows?org_id=" + team.orgId()).status());
        assertTrue(memberIds(team.api(), team.orgId(), "member").contains(bob.id()), "back as a member, not admin");

        assertScimError(scim.patch("/scim/v2/Users/" + bob.id(),
                "{\"Operations\":[{\"op\":\"replace\",\"value\":{\"emails\":[{\"value\":\"x@example.com\"}]}}]}"), 409, "mutability");
        assertScimError(scim.patch("/scim/v2/Users/" + team.userId(),
                "{\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}"), 409, "mutability");
        assertScimError(scim.delete("/scim/v2/Users/" + team.userId()), 409, "mutability");
    }

    @Test
    void groupsAreRolesAndTheOwnerStaysAnAdmin() {
        Workspaces.Tenant team = Workspaces.create(admin, "scim-groups");
        Scim scim = new Scim(admin, token(team, "Okta"));
        String carl = ok(scim.post("/scim/v2/Users", user("carl-" + System.nanoTime(), "00u3", "carl@example.com")))
                .getString("id");

        JsonObject groups = ok(scim.get("/scim/v2/Groups"));
        assertEquals(2, groups.getInt("totalResults"));
        JsonObject admins = ok(scim.get("/scim/v2/Groups?filter=" + Api.encode("displayName eq \"Millrace admins\"")));
        assertEquals("admin", resources(admins).getJsonObject(0).getString("id"));
        assertEquals(Set.of(team.userId()), ids(resources(admins).getJsonObject(0)));

        ok(scim.patch("/scim/v2/Groups/admin", "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + carl + "\"}]}]}"));
        assertTrue(memberIds(team.api(), team.orgId(), "admin").contains(carl), "adding to admin makes an admin");
        assertEquals(Set.of(team.userId(), carl), ids(ok(scim.get("/scim/v2/Groups/admin"))));

        ok(scim.patch("/scim/v2/Groups/admin", "{\"Operations\":[{\"op\":\"remove\",\"path\":\"members[value eq \\\""
                + carl + "\\\"]\"}]}"));
        assertTrue(memberIds(team.api(), team.orgId(), "member").contains(carl), "removing makes it a member");
        assertEquals(Set.of(carl), ids(ok(scim.get("/scim/v2/Groups/member"))));

        assertScimError(scim.patch("/scim/v2/Groups/admin", "{\"Operations\":[{\"op\":\"remove\",\"path\":\"members\","
                + "\"value\":[{\"value\":\"" + team.userId() + "\"}]}]}"), 409, "mutability");
        assertTrue(memberIds(team.api(), team.orgId(), "owner").contains(team.userId()));
        assertScimError(scim.post("/scim/v2/Groups", "{\"displayName\":\"Engineers\"}"), 501, null);
        assertScimError(scim.delete("/scim/v2/Groups/admin"), 501, null);
        assertScimError(scim.get("/scim/v2/Groups/engineers"), 404, null);
        assertScimError(scim.patch("/scim/v2/Groups/admin", "{\"Operations\":[{\"op\":\"add\",\"path\":\"members\","
                + "\"value\":[{\"value\":\"u_nobody\"}]}]}"), 400, "invalidValue");
    }

    @Test
    void tokensAuthenticateOneWorkspaceOnly() {
        Workspaces.Tenant team = Workspaces.create(admin, "scim-auth");
        Workspaces.Tenant other = Workspaces.create(admin, "scim-other");
        String token = token(team, "Okta");
        Scim scim = new Scim(admin, token);
        Scim foreign = new Scim(admin, token(other, "Okta"));

        assertScimError(new Scim(admin, null).get("/scim/v2/Users"), 401, null);
        assertScimError(new Scim(admin, team.apiKey()).get("/scim/v2/Users"), 401, null);
        assertScimError(foreign.get("/scim/v2/Users/" + team.userId()), 404, null);
        assertEquals(Set.of(other.userId()), resources(ok(foreign.get("/scim/v2/Users"))).stream()
                .map(u -> u.asJsonObject().getString("id")).collect(Collectors.toSet()));
        assertEquals(401, admin.as(token).get("/v1/workflows").status(), "a SCIM token is no API key");

        JsonObject config = ok(scim.get("/scim/v2/ServiceProviderConfig"));
        assertTrue(config.getJsonObject("patch").getBoolean("supported"));
        assertFalse(config.getJsonObject("bulk").getBoolean("supported"));
        assertEquals(200, config.getJsonObject("filter").getInt("maxResults"));
        assertEquals(2, ok(scim.get("/scim/v2/ResourceTypes")).getInt("totalResults"));
        assertEquals(2, ok(scim.get("/scim/v2/Schemas")).getInt("totalResults"));
        Api.Reply asJson = admin.raw(admin.request("/scim/v2/Users").header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET());
        assertEquals(200, asJson.status());
        assertTrue(asJson.header("Content-Type").startsWith("application/json"));

        assertScimError(scim.get("/scim/v2/Users?filter=" + Api.encode("userName eq")), 400, "invalidFilter");
        assertScimError(scim.get("/scim/v2/Users?filter=" + Api.encode("password eq \"x\"")), 400, "invalidFilter");
        assertScimError(scim.get("/scim/v2/Users?count=many"), 400, "invalidValue");
        assertScimError(scim.get("/scim/v2/Users/u_doesnotexist"), 404, null);
        assertScimError(scim.post("/scim/v2/Users", "{not json"), 400, "invalidSyntax");
        assertScimError(scim.post("/scim/v2/Users", "{\"userName\":\"has space\"}"), 400, "invalidValue");
        assertScimError(scim.get("/scim/v2/Nothing"), 404, null);
        assertScimError(scim.patch("/scim/v2/Users/" + team.userId(), "{\"Operations\":[{\"op\":\"move\"}]}"), 400, "invalidSyntax");

        // another workspace's user cannot be taken over by provisioning its userName here
        String othersName = other.api().get("/v1/users/me").json().getJsonObject("data").getString("username");
        assertScimError(scim.post("/scim/v2/Users", user(othersName, "x", "x@example.com")), 409, "uniqueness");

        JsonArray listed = team.api().get("/v1/workspaces/" + team.orgId() + "/scim_tokens").json().getJsonArray("data");
        assertEquals(1, listed.size());
        assertFalse(listed.toString().contains(token), "no secret in the list");
        String tokenId = listed.getJsonObject(0).getString("id");
        assertNotNull(listed.getJsonObject(0).getString("hint"));
        assertEquals(204, team.api().delete("/v1/workspaces/" + team.orgId() + "/scim_tokens/" + tokenId).status());
        assertScimError(scim.get("/scim/v2/Users"), 401, null);
        assertEquals(404, team.api().delete("/v1/workspaces/" + team.orgId() + "/scim_tokens/" + tokenId).status());
        String audit = team.api().get("/v1/workspaces/" + team.orgId() + "/audit_log?limit=100").body();
        assertTrue(audit.contains("\"scim_token.revoked\""), audit);
    }

    @Test
    void onlyAdminsManageTokens() {
        Workspaces.Tenant team = Workspaces.create(admin, "scim-roles");
        LocalUsers.LocalUser dee = LocalUsers.create(admin, "scim-dee", team.orgId(), "member");
        assertEquals(403, dee.api().post("/v1/workspaces/" + team.orgId() + "/scim_tokens", "{\"name\":\"x\"}").status());
        assertEquals(403, dee.api().get("/v1/workspaces/" + team.orgId() + "/scim_tokens").status());
        assertEquals(400, team.api().post("/v1/workspaces/" + team.orgId() + "/scim_tokens", "{}").status());
    }

    private static Set<String> ids(JsonObject group) {
        return group.getJsonArray("members").stream().map(m -> m.asJsonObject().getString("value"))
                .collect(Collectors.toSet());
    }
}
