package io.millrace.it.api;

import io.millrace.it.support.Api;
import io.millrace.it.support.LocalUsers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.EnumMap;
import java.util.Map;

/**
 * The matrix's callers and their Bearer credentials: W is the fixtures' workspace, owned by the fixtures'
 * user (not a server administrator); its admin and members are added by a server administrator; W2's owner
 * and the server administrator (with an email address, for the test mail) own workspaces of their own. Every person has the password
 * {@link LocalUsers#PASSWORD} (the password and 2FA operations need it).
 */
final class AuthzCallers {
    private final Map<AuthzCaller, String> bearers = new EnumMap<>(AuthzCaller.class);
    private final Map<AuthzCaller, String> usernames = new EnumMap<>(AuthzCaller.class);
    private final Api serverAdmin;

    AuthzCallers(Api serverAdmin, BadInputFixtures fx) {
        this.serverAdmin = serverAdmin;
        expect(fx.me.put("/v1/users/me/password", "{\"password\":\"" + LocalUsers.PASSWORD + "\"}"), 204);
        bearers.put(AuthzCaller.OWNER, fx.apiKey);
        usernames.put(AuthzCaller.OWNER, fx.me.get("/v1/users/me").json().getJsonObject("data").getString("username"));
        person(AuthzCaller.ADMIN, LocalUsers.create(serverAdmin, "authz-admin", fx.orgId, "admin"));
        person(AuthzCaller.MEMBER, LocalUsers.create(serverAdmin, "authz-member", fx.orgId, "member"));
        person(AuthzCaller.RESTRICTED, LocalUsers.create(serverAdmin, "authz-restricted", fx.orgId, "member"));
        person(AuthzCaller.OTHER_OWNER, LocalUsers.create(serverAdmin, "authz-w2owner"));
        JsonObject admin = data(serverAdmin.post("/v1/admin/users", Json.createObjectBuilder()
                .add("username", "authz-srvadmin-" + BadInputFixtures.unique()).add("password", LocalUsers.PASSWORD)
                .add("email", "authz-srvadmin-" + BadInputFixtures.unique() + "@example.test")
                .add("admin", true).build().toString()));
        bearers.put(AuthzCaller.SERVER_ADMIN, admin.getString("api_key"));
        usernames.put(AuthzCaller.SERVER_ADMIN, admin.getString("username"));
        bearers.put(AuthzCaller.OAUTH, token(fx));
        bearers.put(AuthzCaller.BAD_KEY, "mr_authz_matrix_no_such_key_" + BadInputFixtures.unique());
    }

    /** The caller's Bearer credential, or null (anonymous). */
    String bearer(AuthzCaller who) {
        return bearers.get(who);
    }

    /** A client for the caller's own set-up requests (people only). */
    Api api(AuthzCaller who) {
        return serverAdmin.as(bearers.get(who));
    }

    String username(AuthzCaller who) {
        return usernames.get(who);
    }

    /** Whether the caller is a person with a password (not anonymous, a bad key or an OAuth token). */
    boolean person(AuthzCaller who) {
        return usernames.containsKey(who);
    }

    private void person(AuthzCaller who, LocalUsers.LocalUser user) {
        bearers.put(who, user.data().getString("api_key"));
        usernames.put(who, user.username());
    }

    /** An access token of an OAuth client of W of its own (the matrix's revoke request revokes the fixtures' token). */
    private static String token(BadInputFixtures fx) {
        JsonObject client = data(fx.me.post("/v1/workspaces/" + fx.orgId + "/oauth_clients",
                "{\"name\":\"authz-" + BadInputFixtures.unique() + "\"}"));
        Api.Reply token = fx.me.post("/v1/oauth/token", Json.createObjectBuilder().add("grant_type", "client_credentials")
                .add("client_id", client.getString("client_id")).add("client_secret", client.getString("client_secret"))
                .build().toString());
        expect(token, 200);
        return token.json().getString("access_token");
    }

    static JsonObject data(Api.Reply reply) {
        expect(reply, 200);
        return reply.json().getJsonObject("data");
    }

    static void expect(Api.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("matrix set-up: " + reply.response().request().method() + " "
                    + reply.response().request().uri() + " answered " + reply.status() + " " + reply.body());
        }
    }
}
