package io.millrace.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Users made for a test with {@code POST /v1/admin/users}, each in a new workspace unless told otherwise. */
public final class Users {
    private Users() {
    }

    /** A user of its own new workspace, with an API client for it. */
    public record TestUser(JsonObject data, Api api) {
        public String id() {
            return data.getString("id");
        }

        public String orgId() {
            return data.getString("org_id");
        }

        /** The default project of its new workspace. */
        public String projectId() {
            return data.getString("project_id");
        }
    }

    public static TestUser create(Api admin, String prefix, String email, String orgId, boolean isAdmin) {
        return create(admin, prefix, email, orgId, isAdmin, null);
    }

    /**
     * A user, in workspace {@code orgId} with {@code role} (admin or member; null: member) or, without
     * {@code orgId}, owning a new workspace; {@code isAdmin} makes it a server administrator.
     */
    public static TestUser create(Api admin, String prefix, String email, String orgId, boolean isAdmin, String role) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("username", prefix + "-" + Long.toString(System.nanoTime(), 36)).add("admin", isAdmin);
        if (email != null) {
            body.add("email", email);
        }
        if (orgId != null) {
            body.add("org_id", orgId);
        }
        if (role != null) {
            body.add("role", role);
        }
        Api.Reply reply = admin.post("/v1/admin/users", body.build().toString());
        if (reply.status() != 200) {
            throw new AssertionError("create user: " + reply.status() + " " + reply.body());
        }
        JsonObject data = reply.json().getJsonObject("data");
        return new TestUser(data, admin.as(data.getString("api_key")));
    }

    /** A non-admin user owning a new workspace, without an email address. */
    public static TestUser inNewWorkspace(Api admin, String prefix) {
        return create(admin, prefix, null, null, false);
    }
}
