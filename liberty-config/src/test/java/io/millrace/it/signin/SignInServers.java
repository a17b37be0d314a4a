package io.millrace.it.signin;

import io.millrace.it.support.Api;
import io.millrace.it.support.ProfileServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the sign-in ITs share: a second Liberty with sign-in variables, its workspaces, and reading its
 * audit log. The admin's workspace is {@code default}; {@value #OPS} is made by the test.
 */
final class SignInServers {
    static final String OPS = "ops-team";
    /** engineers join the admin's workspace as members, operators the ops team as admins. */
    static final String GROUPS = "engineers=default:member,operators=" + OPS + ":admin";

    private SignInServers() {
    }

    static ProfileServer start(String name, List<String> variables) throws IOException {
        List<String> env = new ArrayList<>(variables);
        env.add("MILLRACE_SSO_GROUPS=" + GROUPS);
        env.add("MILLRACE_AUTH_FAILURES_ALLOWED=200"); // the tests' wrong passwords all come from 127.0.0.1
        ProfileServer server = new ProfileServer(name, env);
        server.start();
        Api.Reply ops = server.api().post("/v1/admin/workspaces", Json.createObjectBuilder().add("name", "Ops team")
                .add("orgname", OPS).add("username", "ops-owner-" + name).build().toString());
        if (ops.status() != 200) {
            throw new AssertionError("workspace " + OPS + ": " + ops.status() + " " + ops.body());
        }
        return server;
    }

    /** The admin workspace's audit events with this action, newest first. */
    static List<JsonObject> audit(Api admin, String action) {
        String org = admin.get("/v1/users/me").json().getJsonObject("data").getJsonArray("orgs").getJsonObject(0).getString("id");
        Api.Reply log = admin.get("/v1/workspaces/" + org + "/audit_log?limit=100&action=" + action);
        if (log.status() != 200) {
            throw new AssertionError("audit log: " + log.status() + " " + log.body());
        }
        return log.json().getJsonArray("data").getValuesAs(JsonObject.class);
    }

    /** The role per orgname in a sign-in answer. */
    static java.util.Map<String, String> roles(JsonObject answer) {
        java.util.Map<String, String> roles = new java.util.TreeMap<>();
        answer.getJsonObject("data").getJsonArray("memberships").getValuesAs(JsonObject.class)
                .forEach(m -> roles.put(m.getString("orgname"), m.getString("role")));
        return roles;
    }
}
