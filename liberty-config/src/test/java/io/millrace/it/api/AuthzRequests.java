package io.millrace.it.api;

import io.millrace.it.support.Api;
import io.millrace.it.support.Browser;
import io.millrace.it.support.LocalUsers;
import io.millrace.it.support.TotpCodes;
import io.millrace.it.support.Users;
import jakarta.json.Json;
import java.time.Instant;

/**
 * The one well-formed request of a matrix cell: the bad-input run's baseline of the operation
 * ({@link BadInputProbes#baseline}, with {@link BadInputFixtures}' values of W), with what differs here:
 * operations of W that name nothing of W in their path get {@code org_id} of W (so they address W too);
 * role changes, removals and members' API keys address a plain member of W made for them (and a key of its own); a session is one of W's owner's; and
 * the bodies that depend on the caller (a password change, 2FA codes, the member to add) are made for it.
 */
final class AuthzRequests {
    private static final String JSON = "application/json";

    record Request(String method, String target, String contentType, byte[] body, boolean ownersObject) {
    }

    private final BadInputProbes gen;
    private final BadInputFixtures fx;
    private final AuthzCallers callers;
    private final Api serverAdmin;
    private Users.TestUser targetMember;
    private String targetKey;
    private String ownerSession;
    private String doomedExecution;

    AuthzRequests(BadInputProbes gen, BadInputFixtures fx, AuthzCallers callers, Api serverAdmin) {
        this.gen = gen;
        this.fx = fx;
        this.callers = callers;
        this.serverAdmin = serverAdmin;
    }

    Request build(BadInputProbes.Op op, AuthzRules.Rule rule, AuthzCaller who) {
        return build(op, rule, who, null);
    }

    /**
     * The request of a read-only operation addressed at W's restricted project {@code restricted}: its
     * {@code project_id}, or the workflow {@code {id}} of {@code /v1/workflows/{id}…}.
     */
    Request buildInRestricted(BadInputProbes.Op op, AuthzRules.Rule rule, AuthzCaller who, AuthzRestricted restricted) {
        return build(op, rule, who, restricted);
    }

    /** Whether an operation is read-only and addresses a project or a workflow by its path. */
    static boolean addressesProjectOrWorkflow(BadInputProbes.Op op) {
        return op.method().equals("GET") && (op.path().startsWith("/v1/projects/{project_id}")
                || op.path().startsWith("/v1/workflows/{id}")) && !op.path().contains("{folder_id}")
                && !op.path().contains("{trigger_id}");
    }

    private Request build(BadInputProbes.Op op, AuthzRules.Rule rule, AuthzCaller who, AuthzRestricted restricted) {
        BadInputProbe p = gen.baseline(op);
        if (restricted != null) {
            p.path = p.path.replace("{project_id}", restricted.projectId()).replace("/v1/workflows/{id}",
                    "/v1/workflows/" + restricted.workflowId());
        }
        if (rule.kind() == AuthzRules.Kind.WORKSPACE && !op.path().contains("{")) {
            p.query("org_id", fx.orgId);
        }
        if (op.path().equals("/v1/workspaces/{org_id}/members/{user_id}") && !op.method().equals("GET")
                || op.path().startsWith("/v1/workspaces/{org_id}/members/{user_id}/api_keys")) {
            p.path = p.path.replace("{user_id}", targetMember().id()).replace("{key_id}", targetKey());
        }
        if (op.key().equals("DELETE /v1/executions/{id}")) {
            p.path = p.path.replace("{id}", doomedExecution());
        }
        if (op.path().contains("{session_id}")) {
            p.path = p.path.replace("{session_id}", ownerSession());
        }
        String body = body(op, who);
        if (body != null) {
            p.text(JSON, body);
        }
        boolean ownersObject = op.path().contains("{key_id}") || op.path().contains("{session_id}");
        return new Request(op.method(), gen.target(p), p.header("Content-Type"), gen.body(p), ownersObject);
    }

    /** After a 2xx: what the operation used up is made again for the next caller. */
    void consumed(BadInputProbes.Op op) {
        fx.consumed(op.key());
        if (op.method().equals("DELETE") && op.path().endsWith("{user_id}")) {
            targetMember = null;
        }
        if (op.method().equals("DELETE") && op.path().endsWith("/members/{user_id}/api_keys/{key_id}")) {
            targetKey = null;
        }
        if (op.method().equals("DELETE") && op.path().endsWith("{session_id}")) {
            ownerSession = null;
        }
        if (op.key().equals("DELETE /v1/executions/{id}")) {
            doomedExecution = null;
        }
    }

    /** The body of an operation whose well-formed body depends on the caller, or null (the baseline's). */
    private String body(BadInputProbes.Op op, AuthzCaller who) {
        String id = op.operation().getOperationId();
        return switch (id == null ? "" : id) {
            case "changeMemberRole" -> "{\"role\":\"member\"}";
            // the project stays open to every member: a restricted one would be 404 to the OAuth token that follows
            case "changeProjectAccess" -> "{\"restricted\":false,\"members\":[]}";
            case "addMember" -> Json.createObjectBuilder().add("user_id", outsider()).add("role", "member").build().toString();
            case "changePassword" -> Json.createObjectBuilder().add("current_password", LocalUsers.PASSWORD)
                    .add("password", "authz matrix " + BadInputFixtures.unique() + " passphrase").build().toString();
            case "confirmTwoFactor" -> "{\"code\":\"" + totpCode(who) + "\"}";
            case "disableTwoFactor" -> "{\"password\":\"" + LocalUsers.PASSWORD + "\"}";
            default -> null;
        };
    }

    /** A plain member of W that role changes and removals address. */
    private Users.TestUser targetMember() {
        if (targetMember == null) {
            targetMember = Users.create(serverAdmin, "authz-target", null, fx.orgId, false, "member");
            targetKey = null;
        }
        return targetMember;
    }

    /** A named API key of the target member that nothing uses (admins revoke it). */
    private String targetKey() {
        if (targetKey == null) {
            targetKey = AuthzCallers.data(targetMember().api().post("/v1/users/me/api_keys",
                    "{\"name\":\"authz-" + BadInputFixtures.unique() + "\"}")).getString("id");
        }
        return targetKey;
    }

    /** A finished execution of W for a delete (the shared one is read by replay and rerun). */
    private String doomedExecution() {
        if (doomedExecution == null) {
            doomedExecution = fx.me.runOnce(fx.newWorkflow("doomed")).getString("id");
        }
        return doomedExecution;
    }

    /** A user of a workspace of its own, not a member of W (for adding to W). */
    private String outsider() {
        return Users.inNewWorkspace(serverAdmin, "authz-outsider").id();
    }

    /** A browser session of W's owner. */
    private String ownerSession() {
        if (ownerSession == null) {
            Browser browser = new Browser(fx.me);
            AuthzCallers.expect(browser.login(callers.username(AuthzCaller.OWNER), LocalUsers.PASSWORD), 200);
            ownerSession = browser.sessionId();
        }
        return ownerSession;
    }

    /** A code for the caller's 2FA enrolment, started for it now (a non-person gets a code that fits no one). */
    private String totpCode(AuthzCaller who) {
        if (!callers.person(who)) {
            return "000000";
        }
        String secret = AuthzCallers.data(callers.api(who).post("/v1/users/me/2fa", "")).getString("secret");
        return TotpCodes.at(secret, Instant.now());
    }
}
