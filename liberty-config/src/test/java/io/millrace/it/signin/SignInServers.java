package io.millrace.it.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Browser;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the sign-in ITs read from their server ({@link SsoServer}): its audit log and members. The admin's
 * workspace is {@code default}; {@value #OPS} is made by {@link SsoServer}, with its own owner.
 */
final class SignInServers {
    static final String OPS = "ops-team";
    /** engineers join the admin's workspace as members, operators the ops team as admins. */
    static final String GROUPS = "engineers=default:member,operators=" + OPS + ":admin";

    private SignInServers() {
    }

    /** The admin workspace's audit events with this action, newest first. */
    static List<JsonObject> audit(Api admin, String action) {
        return audit(admin, defaultOrg(admin), action);
    }

    /** The audit events of workspace {@code org} with this action, newest first, read by a member of it. */
    static List<JsonObject> audit(Api reader, String org, String action) {
        Api.Reply log = reader.get("/v1/workspaces/" + org + "/audit_log?limit=100&action=" + action);
        if (log.status() != 200) {
            throw new AssertionError("audit log: " + log.status() + " " + log.body());
        }
        return log.json().getJsonArray("data").getValuesAs(JsonObject.class);
    }

    /** The id of the admin's workspace ({@code default}). */
    static String defaultOrg(Api admin) {
        return admin.get("/v1/users/me").json().getJsonObject("data").getJsonArray("orgs").getJsonObject(0).getString("id");
    }

    /** The role per orgname in a user's JSON ({@code orgs}, as {@code /v1/users/me} and sign-in answer it). */
    static Map<String, String> roles(JsonObject user) {
        Map<String, String> roles = new TreeMap<>();
        user.getJsonArray("orgs").getValuesAs(JsonObject.class)
                .forEach(o -> roles.put(o.getString("orgname"), o.getString("role")));
        return roles;
    }

    /** The stored members of workspace {@code org} as a member of it reads them: role per username. */
    static Map<String, String> members(Api reader, String org) {
        Api.Reply list = reader.get("/v1/workspaces/" + org + "/members");
        if (list.status() != 200) {
            throw new AssertionError("members: " + list.status() + " " + list.body());
        }
        Map<String, String> members = new TreeMap<>();
        list.json().getJsonArray("data").getValuesAs(JsonObject.class)
                .forEach(m -> members.put(m.getString("username"), m.getString("role")));
        return members;
    }

    /**
     * The browser's session works like a password's: {@code GET /v1/users/me} answers the user with these
     * roles, and a state-changing call is refused without the CSRF token and done with it.
     */
    static JsonObject assertSessionWorks(Browser browser, String userId, Map<String, String> roles) {
        Api.Reply me = browser.get("/v1/users/me");
        assertEquals(200, me.status(), me.body());
        JsonObject user = me.json().getJsonObject("data");
        assertEquals(userId, user.getString("id"));
        assertEquals(roles, roles(user));
        String body = "{\"email\":\"" + user.getString("username") + "@changed.example.com\"}";
        Api.Reply withoutCsrf = browser.send(browser.request("/v1/users/me").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(403, withoutCsrf.status(), withoutCsrf.body());
        Api.Reply withCsrf = browser.put("/v1/users/me", body);
        assertEquals(200, withCsrf.status(), withCsrf.body());
        assertTrue(withCsrf.body().contains("@changed.example.com"), withCsrf.body());
        return user;
    }
}
