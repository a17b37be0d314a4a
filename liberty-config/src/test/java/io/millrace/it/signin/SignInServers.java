package io.millrace.it.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Browser;
import io.millrace.it.support.ProfileServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the sign-in ITs share: a second Liberty with sign-in variables, its workspaces, and reading its
 * audit log and members. The admin's workspace is {@code default}; {@value #OPS} is made by the test, with
 * its own owner.
 */
final class SignInServers {
    static final String OPS = "ops-team";
    /** engineers join the admin's workspace as members, operators the ops team as admins. */
    static final String GROUPS = "engineers=default:member,operators=" + OPS + ":admin";

    /** The server, and the owner of {@value #OPS} with its workspace id. */
    record Started(ProfileServer server, Api opsOwner, String opsOrgId) {
    }

    private SignInServers() {
    }

    static Started start(String name, List<String> variables) throws IOException {
        List<String> env = new ArrayList<>(variables);
        env.add("MILLRACE_SSO_GROUPS=" + GROUPS);
        env.add("MILLRACE_AUTH_FAILURES_ALLOWED=200"); // the tests' wrong passwords all come from 127.0.0.1
        ProfileServer server = new ProfileServer(name, env);
        try {
            server.start();
        } catch (RuntimeException | Error e) { // not ready in time: stop it, or it outlives the test run
            server.remove();
            throw e;
        }
        Api.Reply ops = server.api().post("/v1/admin/workspaces", Json.createObjectBuilder().add("name", "Ops team")
                .add("orgname", OPS).add("username", "ops-owner-" + name).build().toString());
        if (ops.status() != 200) {
            throw new AssertionError("workspace " + OPS + ": " + ops.status() + " " + ops.body());
        }
        JsonObject data = ops.json().getJsonObject("data");
        return new Started(server, server.api().as(data.getString("api_key")),
                data.getJsonObject("workspace").getString("id"));
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
