package io.millrace.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Users with a password, made with {@code POST /v1/admin/users}, each in a new workspace. */
public final class LocalUsers {
    public static final String PASSWORD = "a long enough passphrase 7";

    private LocalUsers() {
    }

    /** A user with a password: its data (username, api_key, org_id, …) and its API client. */
    public record LocalUser(JsonObject data, Api api, String password) {
        public String username() {
            return data.getString("username");
        }

        public String id() {
            return data.getString("id");
        }

        public String orgId() {
            return data.getString("org_id");
        }
    }

    /** The owner of its own new workspace (so it can read its audit log) with {@link #PASSWORD}. */
    public static LocalUser create(Api admin, String prefix) {
        return create(admin, prefix, null, null);
    }

    /** A user with {@link #PASSWORD} in workspace {@code orgId} with {@code role} (or, with null, owning a new one). */
    public static LocalUser create(Api admin, String prefix, String orgId, String role) {
        String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
        var body = Json.createObjectBuilder().add("username", username).add("password", PASSWORD);
        if (orgId != null) {
            body.add("org_id", orgId).add("role", role);
        }
        Api.Reply reply = admin.post("/v1/admin/users", body.build().toString());
        if (reply.status() != 200) {
            throw new AssertionError("create user: " + reply.status() + " " + reply.body());
        }
        JsonObject data = reply.json().getJsonObject("data");
        return new LocalUser(data, admin.as(data.getString("api_key")), PASSWORD);
    }
}
