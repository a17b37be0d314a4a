package io.millrace.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Second workspaces for tests, created through the admin endpoint, and the admin's own workspace. */
public final class Workspaces {
    private Workspaces() {
    }

    /** A new workspace with one (non-admin) user; {@code api()} calls as that user. */
    public record Tenant(String orgId, String projectId, String userId, String apiKey, Api api) {
    }

    public static Tenant create(Api admin, String label) {
        String unique = label + "-" + System.nanoTime();
        Api.Reply r = admin.post("/v1/admin/workspaces", Json.createObjectBuilder().add("name", "Team " + unique)
                .add("username", "user-" + unique).add("user_email", unique + "@example.test").build().toString());
        if (r.status() != 200) {
            throw new AssertionError("create workspace: " + r.status() + " " + r.body());
        }
        JsonObject data = r.json().getJsonObject("data");
        String key = data.getString("api_key");
        return new Tenant(data.getJsonObject("workspace").getString("id"), data.getJsonObject("project").getString("id"),
                data.getJsonObject("user").getString("id"), key, admin.as(key));
    }

    /** The caller's default project: the project of a new workflow of the caller. */
    public static String defaultProject(Api api) {
        Api.Reply r = api.post("/v1/workflows", "{\"name\":\"project-probe\",\"triggers\":[],\"steps\":[]}");
        if (r.status() != 200) {
            throw new AssertionError("create workflow: " + r.status() + " " + r.body());
        }
        return r.json().getJsonObject("data").getString("project_id");
    }

    /** The workspace of the caller of {@code api}. */
    public static String orgOf(Api api) {
        return api.get("/v1/users/me").json().getJsonObject("data").getJsonArray("orgs").getJsonObject(0)
                .getString("id");
    }
}
