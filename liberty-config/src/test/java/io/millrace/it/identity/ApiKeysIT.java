package io.millrace.it.identity;

import static io.millrace.it.support.Replies.assertBadInput;
import static io.millrace.it.support.Replies.assertForbidden;
import static io.millrace.it.support.Replies.assertNotFound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Users;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Named API keys through HTTP: create, use, list, rotate, revoke; administrators over members' keys. */
class ApiKeysIT {
    private final Api admin = Api.server();

    @Test
    void namedKeysWorkAreListedWithoutSecretsRotateAndRevoke() {
        Users.TestUser user = Users.inNewWorkspace(admin, "keys");
        Api me = user.api();
        JsonObject ci = created(me.post("/v1/users/me/api_keys", "{\"name\":\"ci\"}"));
        JsonObject laptop = created(me.post("/v1/users/me/api_keys", "{\"name\":\"  laptop \"}"));
        assertEquals("laptop", laptop.getString("name"));
        String ciKey = ci.getString("api_key");
        assertTrue(ciKey.startsWith("mr_"), ci.toString());
        assertTrue(ci.getString("id").startsWith("ak_"), ci.toString());
        assertEquals(user.id(), ci.getString("user_id"));
        assertEquals(ciKey.substring(0, 7) + "…" + ciKey.substring(ciKey.length() - 4), ci.getString("hint"));
        assertEquals(JsonValue.NULL, ci.get("last_used_at"));
        for (String key : List.of(ciKey, laptop.getString("api_key"))) {
            assertEquals(user.id(), me.as(key).get("/v1/users/me").json().getJsonObject("data").getString("id"));
        }

        JsonArray list = me.get("/v1/users/me/api_keys").json().getJsonArray("data");
        assertEquals(List.of("default", "ci", "laptop"), names(list), "the user's first key became \"default\"");
        assertFalse(list.toString().contains(ciKey), "no secrets in the list");
        list.forEach(k -> assertFalse(k.asJsonObject().containsKey("api_key"), k.toString()));
        for (JsonValue k : list) {
            assertTrue(k.asJsonObject().getJsonNumber("last_used_at").longValue() > 0, "used above: " + k);
        }

        JsonObject rotated = created(me.post("/v1/users/me/api_keys/" + ci.getString("id") + "/rotate", ""));
        assertEquals(ci.getString("id"), rotated.getString("id"));
        assertEquals("ci", rotated.getString("name"));
        assertNotEquals(ciKey, rotated.getString("api_key"));
        assertEquals(401, me.as(ciKey).get("/v1/users/me").status(), "the old secret stops at once");
        assertEquals(200, me.as(rotated.getString("api_key")).get("/v1/users/me").status());

        assertEquals(204, me.delete("/v1/users/me/api_keys/" + laptop.getString("id")).status());
        assertEquals(401, me.as(laptop.getString("api_key")).get("/v1/users/me").status());
        assertEquals(List.of("default", "ci"), names(me.get("/v1/users/me/api_keys").json().getJsonArray("data")));
        assertNotFound(me.delete("/v1/users/me/api_keys/" + laptop.getString("id")));
    }

    @Test
    void anotherUsersKeyIs404AndBadInputIs400() {
        Api ada = Users.inNewWorkspace(admin, "ada").api();
        Api bob = Users.inNewWorkspace(admin, "bob").api();
        String adas = created(ada.post("/v1/users/me/api_keys", "{\"name\":\"mine\"}")).getString("id");
        assertNotFound(bob.post("/v1/users/me/api_keys/" + adas + "/rotate", ""));
        assertNotFound(bob.delete("/v1/users/me/api_keys/" + adas));
        assertNotFound(bob.delete("/v1/users/me/api_keys/ak_nosuch00"));
        assertBadInput(ada.post("/v1/users/me/api_keys", "{}"), "name");
        assertBadInput(ada.post("/v1/users/me/api_keys", "{\"name\":\"  \"}"), "name");
        assertBadInput(ada.post("/v1/users/me/api_keys", "{\"name\":\"" + "n".repeat(101) + "\"}"), "name");
        assertBadInput(ada.post("/v1/users/me/api_keys", "{\"name\":\"a\\u202Eb\"}"), "name");
        assertBadInput(ada.post("/v1/users/me/api_keys", "{\"name\":7}"), "name");
        assertEquals(200, ada.post("/v1/users/me/api_keys", "{\"name\":\"" + "n".repeat(100) + "\"}").status());
    }

    @Test
    void aUserKeepsItsLastKey() {
        Api lone = Users.inNewWorkspace(admin, "lone").api();
        String only = lone.get("/v1/users/me/api_keys").json().getJsonArray("data").getJsonObject(0).getString("id");
        assertBadInput(lone.delete("/v1/users/me/api_keys/" + only), "key_id");
        assertEquals(200, lone.get("/v1/users/me").status());
    }

    @Test
    void anAdminListsAndRevokesAMembersKeysAndOthersCannot() {
        Users.TestUser member = Users.inNewWorkspace(admin, "member");
        JsonObject key = created(member.api().post("/v1/users/me/api_keys", "{\"name\":\"laptop\"}"));
        JsonArray seen = admin.get("/v1/admin/users/" + member.id() + "/api_keys").json().getJsonArray("data");
        assertEquals(List.of("default", "laptop"), names(seen));
        assertFalse(seen.toString().contains(key.getString("api_key")));

        Api other = Users.inNewWorkspace(admin, "other").api();
        assertForbidden(other.get("/v1/admin/users/" + member.id() + "/api_keys"));
        assertForbidden(other.delete("/v1/admin/users/" + member.id() + "/api_keys/" + key.getString("id")));
        assertForbidden(member.api().get("/v1/admin/users/" + member.id() + "/api_keys"));

        assertNotFound(admin.get("/v1/admin/users/u_nosuch00/api_keys"));
        assertNotFound(admin.delete("/v1/admin/users/u_nosuch00/api_keys/" + key.getString("id")));
        assertEquals(204, admin.delete("/v1/admin/users/" + member.id() + "/api_keys/" + key.getString("id")).status());
        assertEquals(401, member.api().as(key.getString("api_key")).get("/v1/users/me").status());
        assertEquals(200, member.api().get("/v1/users/me").status(), "its other key goes on");
        String first = seen.getJsonObject(0).getString("id");
        assertEquals(204, admin.delete("/v1/admin/users/" + member.id() + "/api_keys/" + first).status(),
                "an admin may revoke a member's last key");
        assertEquals(401, member.api().get("/v1/users/me").status());
    }

    private static List<String> names(JsonArray keys) {
        return keys.stream().map(k -> k.asJsonObject().getString("name")).toList();
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonObject("data");
    }
}
