package io.millrace.it.identity;

import static io.millrace.it.support.Replies.assertBadInput;
import static io.millrace.it.support.Replies.assertForbidden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Users;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** Users created by an administrator, and a user changing its own email address. */
class AdminUsersIT {
    private final Api api = Api.server();

    @Test
    void anAdminCreatesAUserInANewWorkspaceWhoseKeyWorksOnce() {
        Users.TestUser user = Users.create(api, "alice", "alice@example.com", null, false);
        JsonObject data = user.data();
        assertTrue(data.getString("id").matches("u_[0-9A-Za-z]{8}"), data.toString());
        assertTrue(data.getString("api_key").startsWith("mr_"), data.toString());
        assertTrue(data.getString("project_id").startsWith("proj_"), data.toString());
        assertFalse(data.getBoolean("admin"));
        JsonObject me = user.api().get("/v1/users/me").json().getJsonObject("data");
        assertEquals(data.getString("id"), me.getString("id"));
        assertEquals("alice@example.com", me.getString("email"));
        assertEquals(data.getString("org_id"), me.getJsonArray("orgs").getJsonObject(0).getString("id"));
        assertNotEquals(Workspaces.orgOf(api), data.getString("org_id"), "a workspace of its own");
        assertEquals(data.getString("username"), me.getJsonArray("orgs").getJsonObject(0).getString("orgname"));
    }

    @Test
    void aUserCanJoinAnExistingWorkspace() {
        Users.TestUser member = Users.create(api, "member", null, Workspaces.orgOf(api), false);
        assertEquals(Workspaces.orgOf(api), member.orgId());
        assertEquals(JsonValue.NULL, member.data().get("project_id"));
        JsonObject wf = member.api().post("/v1/workflows", "{\"name\":\"joined\",\"triggers\":[],\"steps\":[]}")
                .json().getJsonObject("data");
        assertEquals(200, api.get("/v1/workflows/" + wf.getString("id")).status(), "the admin sees the member's work");
    }

    @Test
    void badOrDuplicateUsersAre400AndNonAdminsAre403() {
        Users.TestUser user = Users.inNewWorkspace(api, "dup");
        String name = user.data().getString("username");
        assertBadInput(api.post("/v1/admin/users", "{\"username\":\"" + name + "\"}"), "username");
        assertBadInput(api.post("/v1/admin/users", "{}"), "username");
        assertBadInput(api.post("/v1/admin/users", "{\"username\":\"has space\"}"), "username");
        assertBadInput(api.post("/v1/admin/users", "{\"username\":\"" + "u".repeat(65) + "\"}"), "username");
        assertBadInput(api.post("/v1/admin/users", "{\"username\":\"ok-" + System.nanoTime() + "\",\"email\":\"nope\"}"),
                "email");
        assertBadInput(api.post("/v1/admin/users", "{\"username\":\"ok-" + System.nanoTime() + "\",\"org_id\":\"o_nosuch00\"}"),
                "org_id");
        assertBadInput(api.post("/v1/admin/users", "{\"username\":\"ok-" + System.nanoTime() + "\",\"admin\":\"yes\"}"),
                "admin");
        assertBadInput(api.post("/v1/admin/users", "{\"username\":\"ok-" + System.nanoTime() + "\",\"role\":1}"), "role");
        Api.Reply forbidden = user.api().post("/v1/admin/users", "{\"username\":\"sneaky-" + System.nanoTime() + "\"}");
        assertForbidden(forbidden);
    }

    @Test
    void aUserSetsChangesAndRemovesItsEmailAddress() {
        Users.TestUser user = Users.inNewWorkspace(api, "mailer");
        Api me = user.api();
        assertEquals(JsonValue.NULL, me.get("/v1/users/me").json().getJsonObject("data").get("email"));
        Api.Reply set = me.put("/v1/users/me", "{\"email\":\"ops@example.com\"}");
        assertEquals(200, set.status(), set.body());
        assertEquals("ops@example.com", set.json().getJsonObject("data").getString("email"));
        assertEquals(user.id(), set.json().getJsonObject("data").getString("id"));
        assertEquals("ops@example.com", me.get("/v1/users/me").json().getJsonObject("data").getString("email"));

        JsonObject shown = me.get("/v1/users/me").json().getJsonObject("data");
        String roundTrip = jakarta.json.Json.createObjectBuilder(shown).add("email", "team+alerts@mail.example.org")
                .build().toString();
        assertEquals(200, me.put("/v1/users/me", roundTrip).status(), "GET's shape may be sent back");

        for (String bad : new String[] {"\"not-an-address\"", "\"two@@example.com\"", "\"Ops <ops@example.com>\"",
                "\"a b@example.com\"", "\"ops@\"", "42"}) {
            assertBadInput(me.put("/v1/users/me", "{\"email\":" + bad + "}"), "email");
        }
        assertBadInput(me.put("/v1/users/me", "{}"), "email");
        assertBadInput(me.put("/v1/users/me", "{\"email\":\"x@example.com\",\"username\":\"x\",\"emial\":1}"), "emial");
        assertEquals("team+alerts@mail.example.org",
                me.get("/v1/users/me").json().getJsonObject("data").getString("email"), "no bad request changed it");

        Api.Reply removed = me.put("/v1/users/me", "{\"email\":null}");
        assertEquals(200, removed.status(), removed.body());
        assertEquals(JsonValue.NULL, me.get("/v1/users/me").json().getJsonObject("data").get("email"));
    }
}
