package io.millrace.it.identity;

import static io.millrace.it.support.Replies.assertBadInput;
import static io.millrace.it.support.Replies.assertForbidden;
import static io.millrace.it.support.Replies.assertNotFound;
import static io.millrace.it.support.Replies.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Browser;
import io.millrace.it.support.LocalUsers;
import io.millrace.it.support.Users;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Users in several workspaces, roles, role changes, hand-over of ownership, removal and leaving, through HTTP. */
class MembershipsIT {
    private final Api admin = Api.server();

    private static JsonObject data(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonObject("data");
    }

    private static Map<String, String> roles(Api api) {
        return data(api.get("/v1/users/me")).getJsonArray("orgs").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(o -> o.getString("id"), o -> o.getString("role")));
    }

    private void join(String orgId, String userId, String role) {
        JsonObject m = data(admin.post("/v1/admin/workspaces/" + orgId + "/members",
                "{\"user_id\":\"" + userId + "\",\"role\":\"" + role + "\"}"));
        assertEquals(role, m.getString("role"));
    }

    @Test
    void aUserWorksInEachOfItsWorkspacesWithItsRoleThere() {
        Workspaces.Tenant a = Workspaces.create(admin, "mem-a");
        Workspaces.Tenant b = Workspaces.create(admin, "mem-b");
        join(b.orgId(), a.userId(), "member");
        assertEquals(Map.of(a.orgId(), "owner", b.orgId(), "member"), roles(a.api()));
        assertEquals(List.of(a.orgId(), b.orgId()), data(a.api().get("/v1/users/me")).getJsonArray("orgs").stream()
                .map(o -> o.asJsonObject().getString("id")).toList(), "in the order joined");

        String inB = data(a.api().post("/v1/workflows?org_id=" + b.orgId(),
                "{\"name\":\"made-in-b\",\"triggers\":[],\"steps\":[]}")).getString("id");
        String inA = data(a.api().post("/v1/workflows", "{\"name\":\"made-in-a\",\"triggers\":[],\"steps\":[]}"))
                .getString("id");
        assertEquals(b.orgId(), data(b.api().get("/v1/workflows/" + inB)).getString("org_id"), "B's owner sees it");
        assertNotFound(b.api().get("/v1/workflows/" + inA));
        assertEquals(a.orgId(), data(a.api().get("/v1/workflows/" + inA)).getString("org_id"));
        assertEquals(200, a.api().get("/v1/workflows/" + inB + "?org_id=" + b.orgId()).status());
        assertNotFound(a.api().get("/v1/workflows/" + inB)); // without org_id the request works in A
        assertEquals("member", data(a.api().get("/v1/workspaces/" + b.orgId())).getString("role"));
        assertEquals("owner", data(a.api().get("/v1/workspaces/" + a.orgId())).getString("role"));
        assertNotFound(b.api().get("/v1/workspaces/" + a.orgId()));
        assertNotFound(b.api().get("/v1/workflows?org_id=" + a.orgId()));
    }

    @Test
    void adminsChangeRolesMembersDoNotAndOnlyTheOwnerHandsOwnershipOn() {
        Workspaces.Tenant team = Workspaces.create(admin, "mem-roles");
        String members = "/v1/workspaces/" + team.orgId() + "/members";
        Users.TestUser ann = Users.create(admin, "ann", null, team.orgId(), false);
        Users.TestUser ben = Users.create(admin, "ben", null, team.orgId(), false, "admin");
        JsonArray list = team.api().get(members).json().getJsonArray("data");
        assertEquals(List.of("owner", "member", "admin"), list.stream()
                .map(m -> m.asJsonObject().getString("role")).toList());
        assertEquals(List.of(team.userId(), ann.id(), ben.id()), list.stream()
                .map(m -> m.asJsonObject().getString("id")).toList());
        assertEquals(list, ann.api().get(members).json().getJsonArray("data"), "every member reads the list");

        assertForbidden(ann.api().put(members + "/" + ann.id(), "{\"role\":\"admin\"}"));
        assertForbidden(ann.api().delete(members + "/" + ben.id()));
        assertForbidden(ann.api().get("/v1/workspaces/" + team.orgId() + "/audit_log"));
        assertEquals("admin", data(ben.api().put(members + "/" + ann.id(), "{\"role\":\"admin\"}")).getString("role"));
        assertEquals(200, ann.api().get("/v1/workspaces/" + team.orgId() + "/audit_log").status(), "now an admin");
        assertEquals("member", data(ann.api().put(members + "/" + ben.id(), "{\"role\":\"member\"}")).getString("role"));

        assertRejected(ann.api().put(members + "/" + team.userId(), "{\"role\":\"member\"}"), 409, null);
        assertRejected(ann.api().delete(members + "/" + team.userId()), 409, null);
        assertForbidden(ann.api().put(members + "/" + ann.id(), "{\"role\":\"owner\"}"));
        assertEquals("owner", data(team.api().put(members + "/" + ann.id(), "{\"role\":\"owner\"}")).getString("role"));
        assertEquals("admin", data(team.api().get(members + "/" + team.userId())).getString("role"),
                "the old owner is an admin now");
        assertRejected(ann.api().delete(members + "/" + ann.id()), 409, null);

        JsonArray log = team.api().get("/v1/workspaces/" + team.orgId() + "/audit_log?action=member.").json()
                .getJsonArray("data");
        assertTrue(log.stream().anyMatch(e -> e.asJsonObject().getString("action").equals("member.role_changed")
                && e.asJsonObject().getJsonObject("details").getString("to").equals("owner")), log.toString());
    }

    @Test
    void aRemovedMemberLosesAccessAndALeaverMovesToItsOtherWorkspace() {
        Workspaces.Tenant a = Workspaces.create(admin, "mem-rm-a");
        Workspaces.Tenant b = Workspaces.create(admin, "mem-rm-b");
        Users.TestUser carl = Users.create(admin, "carl", null, a.orgId(), false);
        join(b.orgId(), carl.id(), "member");
        String wf = data(a.api().post("/v1/workflows", "{\"name\":\"a-only\",\"triggers\":[],\"steps\":[]}")).getString("id");
        assertEquals(200, carl.api().get("/v1/workflows/" + wf).status());

        assertEquals(204, a.api().delete("/v1/workspaces/" + a.orgId() + "/members/" + carl.id()).status());
        assertNotFound(carl.api().get("/v1/workflows/" + wf));
        assertNotFound(carl.api().get("/v1/workflows?org_id=" + a.orgId()));
        assertEquals(Map.of(b.orgId(), "member"), roles(carl.api()));
        String made = data(carl.api().post("/v1/workflows", "{\"name\":\"now-in-b\",\"triggers\":[],\"steps\":[]}"))
                .getString("org_id");
        assertEquals(b.orgId(), made, "the default workspace moved to the one left");

        assertEquals(204, carl.api().delete("/v1/workspaces/" + b.orgId() + "/members/" + carl.id()).status());
        assertEquals(Map.of(), roles(carl.api()), "the user still exists, in no workspace");
        assertNotFound(carl.api().get("/v1/workflows"));
        assertNotFound(a.api().get("/v1/workspaces/" + a.orgId() + "/members/" + carl.id()));
    }

    @Test
    void aRemovedMemberAndADemotedAdminLoseTheirBrowserSessions() {
        Workspaces.Tenant team = Workspaces.create(admin, "mem-sess");
        LocalUsers.LocalUser eve = LocalUsers.create(admin, "eve", team.orgId(), "admin");
        LocalUsers.LocalUser fay = LocalUsers.create(admin, "fay", team.orgId(), "member");
        Browser eves = new Browser(admin);
        Browser fays = new Browser(admin);
        assertEquals(200, eves.login(eve.username(), eve.password()).status());
        assertEquals(200, fays.login(fay.username(), fay.password()).status());
        assertEquals(200, eves.get("/v1/workspaces/" + team.orgId() + "/members").status());

        String members = "/v1/workspaces/" + team.orgId() + "/members/";
        assertEquals(200, team.api().put(members + eve.id(), "{\"role\":\"member\"}").status());
        assertEquals(401, eves.get("/v1/users/me").status(), "a demoted admin signs in again");
        assertEquals(200, fays.get("/v1/users/me").status(), "nobody else is signed out");
        assertEquals(204, team.api().delete(members + fay.id()).status());
        assertEquals(401, fays.get("/v1/users/me").status(), "a removed member is signed out");
    }

    @Test
    void adminsRevokeMembersKeysButNotTheOwners() {
        Workspaces.Tenant team = Workspaces.create(admin, "mem-keys");
        Workspaces.Tenant other = Workspaces.create(admin, "mem-keys-other");
        Users.TestUser gus = Users.create(admin, "gus", null, team.orgId(), false, "admin");
        Users.TestUser hal = Users.create(admin, "hal", null, team.orgId(), false);
        String halsKey = data(hal.api().post("/v1/users/me/api_keys", "{\"name\":\"laptop\"}")).getString("api_key");
        String members = "/v1/workspaces/" + team.orgId() + "/members/";
        JsonArray keys = gus.api().get(members + hal.id() + "/api_keys").json().getJsonArray("data");
        assertEquals(List.of("default", "laptop"), keys.stream().map(k -> k.asJsonObject().getString("name")).toList());
        assertTrue(keys.stream().noneMatch(k -> k.asJsonObject().containsKey("api_key")), "no secrets");
        String laptop = keys.getJsonObject(1).getString("id");

        assertForbidden(hal.api().get(members + gus.id() + "/api_keys"));
        assertForbidden(hal.api().delete(members + gus.id() + "/api_keys/" + laptop));
        assertForbidden(gus.api().get(members + team.userId() + "/api_keys"));
        assertNotFound(other.api().get(members + hal.id() + "/api_keys"));
        assertNotFound(gus.api().get(members + other.userId() + "/api_keys"));

        assertEquals(200, hal.api().as(halsKey).get("/v1/users/me").status());
        assertEquals(204, gus.api().delete(members + hal.id() + "/api_keys/" + laptop).status());
        assertEquals(401, hal.api().as(halsKey).get("/v1/users/me").status(), "the revoked key stops at once");
        assertNotFound(gus.api().delete(members + hal.id() + "/api_keys/" + laptop));
        assertEquals(200, team.api().get(members + gus.id() + "/api_keys").status(), "the owner manages an admin's");
    }

    @Test
    void badInputIs400AndOtherWorkspacesAre404() {
        Workspaces.Tenant team = Workspaces.create(admin, "mem-bad");
        Workspaces.Tenant other = Workspaces.create(admin, "mem-other");
        Users.TestUser dee = Users.create(admin, "dee", null, team.orgId(), false);
        String members = "/v1/workspaces/" + team.orgId() + "/members";
        assertBadInput(team.api().put(members + "/" + dee.id(), "{\"role\":\"boss\"}"), "role");
        assertBadInput(team.api().put(members + "/" + dee.id(), "{}"), "role");
        assertBadInput(team.api().put(members + "/" + dee.id(), "{\"role\":7}"), "role");
        assertNotFound(team.api().put(members + "/u_nosuch", "{\"role\":\"admin\"}"));
        assertNotFound(team.api().put(members + "/" + other.userId(), "{\"role\":\"admin\"}"));
        assertNotFound(other.api().get(members));
        assertNotFound(other.api().delete(members + "/" + dee.id()));
        String add = "/v1/admin/workspaces/" + team.orgId() + "/members";
        assertBadInput(admin.post(add, "{\"user_id\":\"" + other.userId() + "\",\"role\":\"owner\"}"), "role");
        assertBadInput(admin.post(add, "{\"user_id\":\"" + dee.id() + "\"}"), "user_id");
        assertBadInput(admin.post(add, "{\"user_id\":\"u_nosuch\"}"), "user_id");
        assertBadInput(admin.post(add, "{}"), "user_id");
        assertNotFound(admin.post("/v1/admin/workspaces/o_nosuch/members", "{\"user_id\":\"" + dee.id() + "\"}"));
        assertForbidden(team.api().post(add, "{\"user_id\":\"" + other.userId() + "\"}"));
        assertBadInput(admin.post("/v1/admin/users", "{\"username\":\"r-" + System.nanoTime() + "\",\"role\":\"admin\"}"),
                "role");
        assertBadInput(admin.post("/v1/admin/users", "{\"username\":\"r-" + System.nanoTime() + "\",\"org_id\":\""
                + team.orgId() + "\",\"role\":\"owner\"}"), "role");
    }
}
