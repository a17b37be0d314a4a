package io.millrace.it.api;

import static io.millrace.it.api.AuthzOutcome.ALLOWED;
import static io.millrace.it.api.AuthzOutcome.FORBIDDEN;
import static io.millrace.it.api.AuthzOutcome.NOT_FOUND;
import static io.millrace.it.api.AuthzOutcome.UNAUTHENTICATED;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The expected answers of the authorization matrix, computed from rules (never copied from answers). Each
 * operation ("METHOD /path template" of /openapi) takes the first rule whose pattern matches it; an
 * operation no rule matches fails the test: add its rule here.
 *
 * <p>What the kinds mean, for each caller ({@link #expected}):
 * <ul>
 * <li>{@link Kind#OPEN}: needs no Bearer (the token endpoints, {@code /ping}, the flow URLs whose token is
 * the secret): allowed for everyone, whatever credential is sent;</li>
 * <li>{@link Kind#SERVER_ADMIN}: {@code /v1/admin/*}: 401 without a valid credential, allowed for server
 * administrators, 403 for everyone else (workspace roles do not count);</li>
 * <li>{@link Kind#SELF}: the caller's own account ({@code /v1/users/me…}), which is not W: allowed for every
 * user; when a path parameter names one of the owner's own objects (an API key, a session), 404 for every
 * user but the owner;</li>
 * <li>{@link Kind#GLOBAL}: addresses nothing of any workspace (the component registry): allowed for every
 * authenticated caller;</li>
 * <li>{@link Kind#WORKSPACE}: addresses W or its objects: 404 for callers who are not members of W (never
 * 403, never 2xx), allowed for W's members.</li>
 * </ul>
 * On top: {@code adminOnly} operations ({@code Caller.requireWorkspaceAdmin}, {@code MembershipRules}) are 403
 * for members who do not manage W (an OAuth token acts as a member); {@code userOnly} operations
 * ({@code Caller.requireUserApiKey}) are 403 for an OAuth token; every Bearer-protected operation is 401
 * without a valid credential.
 */
final class AuthzRules {
    enum Kind { OPEN, SERVER_ADMIN, SELF, GLOBAL, WORKSPACE }

    /** One rule: the operations its pattern matches ("METHOD /path"), their kind and restrictions. */
    record Rule(String name, Pattern pattern, Kind kind, boolean adminOnly, boolean userOnly) {
        boolean matches(String op) {
            return pattern.matcher(op).matches();
        }
    }

    private static final String ANY = "(GET|POST|PUT|PATCH|DELETE) ";

    /** The rules, first match wins. */
    static final List<Rule> RULES = List.of(
            rule("open: token endpoints", "POST /v1/oauth/(token|revoke)", Kind.OPEN),
            rule("open: ping", "GET /ping", Kind.OPEN),
            rule("open: the sign-in methods", "GET /login/methods", Kind.OPEN),
            rule("open: $.flow URLs (the token is the secret)", "(GET|POST) /flow/\\{id\\}/\\{action\\}", Kind.OPEN),
            rule("open: signed file URLs (the signature is the secret)", "GET /files/\\{file_id\\}", Kind.OPEN),
            rule("server administrators only", ANY + "/v1/admin/.*", Kind.SERVER_ADMIN),
            new Rule("the caller's own account, persons only", Pattern.compile(
                    ANY + "/v1/users/me(/(api_keys|sessions|password|2fa)(/.*)?)?"), Kind.SELF, false, true),
            rule("the caller's own lists", "GET /v1/users/me/(subscriptions|webhooks|sources)", Kind.SELF),
            rule("the component registry", "GET /v1/components/(registry/\\{key\\}|search)", Kind.GLOBAL),
            rule("open: the provider's redirect back (the single-use state is the secret)",
                    "GET /v1/accounts/oauth/callback", Kind.OPEN),
            rule("the app catalogue: read by everyone", "GET /v1/apps(/\\{app_id\\})?", Kind.GLOBAL),
            rule("the app catalogue and its categories as Connect lists them: read by everyone",
                    "GET /v1/connect/(apps(/\\{app_id\\})?|app_categories(/\\{category_id\\})?)", Kind.GLOBAL),
            rule("a Connect token's check: answered to everyone signed in (success false unless the token is of the"
                    + " caller's workspace)", "GET /v1/connect/tokens/\\{ctok\\}/validate", Kind.GLOBAL),
            rule("the app catalogue: changed by server administrators", "(POST|PUT|DELETE) /v1/apps(/\\{app_id\\})?",
                    Kind.SERVER_ADMIN),
            new Rule("W's OAuth clients for apps: W's admins and owner", Pattern.compile(
                    "(GET|POST) /v1/workspaces/\\{org_id\\}/app_oauth_clients"
                    + "|DELETE /v1/workspaces/\\{org_id\\}/app_oauth_clients/\\{app_oauth_client_id\\}"),
                    Kind.WORKSPACE, true, false),
            new Rule("W's accounts (the matrix's is shared): changed and deleted by W's admins and owner (and the account's owner)",
                    Pattern.compile("(PUT|DELETE) /v1/accounts/\\{account_id\\}"), Kind.WORKSPACE, true, false),
            rule("W's accounts: any member lists, reads, connects", "(GET|POST) /v1/accounts(/.*)?", Kind.WORKSPACE),
            new Rule("workspace admins and owner only", Pattern.compile(
                    "GET /v1/workspaces/\\{org_id\\}/audit_log|(PUT|DELETE) /v1/workspaces/\\{org_id\\}/members/\\{user_id\\}"
                    + "|(GET|DELETE) /v1/workspaces/\\{org_id\\}/members/\\{user_id\\}/api_keys(/\\{key_id\\})?"
                    + "|(GET|POST|DELETE) /v1/workspaces/\\{org_id\\}/scim_tokens(/\\{token_id\\})?"
                    + "|(GET|POST) /v1/workspaces/\\{org_id\\}/(invitations|invite_links)"
                    + "|DELETE /v1/workspaces/\\{org_id\\}/(invitations/\\{invitation_id\\}|invite_links/\\{link_id\\})"
                    + "|PUT /v1/workspaces/\\{org_id\\}"),
                    Kind.WORKSPACE, true, false),
            new Rule("W's OAuth clients: administered by W's admins and owner (seed /rest-api/auth), persons only",
                    Pattern.compile(ANY + "/v1/workspaces/\\{org_id\\}/oauth_clients(/.*)?"), Kind.WORKSPACE, true, true),
            new Rule("the project's creator (here W's owner), W's admins and owner only", Pattern.compile(
                    "DELETE /v1/projects/\\{project_id\\}|PUT /v1/projects/\\{project_id\\}/access"),
                    Kind.WORKSPACE, true, false),
            rule("W's projects", "(GET|POST) /v1/workspaces/\\{org_id\\}/projects", Kind.WORKSPACE),
            rule("W's dashboard figures (projects a member may not see left out)",
                    "GET /v1/workspaces/\\{org_id\\}/stats", Kind.WORKSPACE),
            rule("W itself and its members", "GET /v1/workspaces/\\{org_id\\}(/members(/\\{user_id\\})?)?", Kind.WORKSPACE),
            rule("W's subscriptions and sources by workspace",
                    "GET /v1/(\\{scope\\}/\\{org_id\\}/subscriptions|orgs/\\{org_id\\}/sources)", Kind.WORKSPACE),
            rule("W's env vars", ANY + "/v1/\\{scope\\}/\\{id\\}/env_vars(/.*)?", Kind.WORKSPACE),
            rule("W's projects' objects", ANY + "/v1/projects/\\{project_id\\}(/.*)?", Kind.WORKSPACE),
            rule("W's projects' Connect API (external users, their tokens, actions and triggers)",
                    ANY + "/v1/connect/\\{project_id\\}/.*", Kind.WORKSPACE),
            rule("a project archive imported into W (a new project, or one of W's named by project_id)",
                    "POST /v1/projects/import", Kind.WORKSPACE),
            rule("W's execution history: bulk delete, test runs from an event, replays (from a step)",
                    "POST /v1/executions/(delete|\\{id\\}/(test|replay))", Kind.WORKSPACE),
            new Rule("W's bulk replays: stopped, restarted and abandoned only by their starter (the matrix's: W's owner)"
                    + " and W's admins and owner", Pattern.compile("POST /v1/replays/\\{id\\}/(stop|restart|abandon)"),
                    Kind.WORKSPACE, true, false),
            rule("W's bulk replays: any member starts and reads them",
                    "(GET|POST) /v1/replays(/.*)?", Kind.WORKSPACE),
            rule("W's workflows, executions, sources, data stores, webhooks, components",
                    ANY + "/(v1/)?(workflows|executions|sources|data_stores|webhooks|components)(/.*)?", Kind.WORKSPACE),
            rule("W's subscriptions", ANY + "/v1/(subscriptions|auto_subscriptions)", Kind.WORKSPACE));

    /**
     * Operations whose allowed callers may get a 400 or 409 about the state of what they address: the
     * object was found and the caller let through (the matrix's execution is not waiting to retry a step; an
     * address invited by one caller is already invited for the next; the matrix's replay job has completed, so it
     * neither stops, restarts nor is abandoned; the matrix's app is key-based, so connecting it through OAuth and
     * giving W an OAuth client for it are refused; the OAuth callback without a pending authorization; the
     * matrix's Connect token connects one account, for the first allowed caller).
     */
    static final java.util.Set<String> STATE_DEPENDENT = java.util.Set.of("rerunExecution", "createInvitation",
            "stopReplay", "restartReplay", "abandonReplay", "startAccountOAuth", "accountOAuthCallback",
            "createAppOAuthClient", "createConnectAccount");

    private AuthzRules() {
    }

    /**
     * Whether an answer matches the expected class: exactly, or for an allowed caller a 5xx the operation
     * documents (not 500: the test mail's 502, with no mail server) or, on {@link #STATE_DEPENDENT}
     * operations, a 400 or 409.
     */
    static boolean matches(AuthzOutcome expected, int status, io.swagger.v3.oas.models.Operation op) {
        if (AuthzOutcome.of(status) == expected) {
            return true;
        }
        if (expected != ALLOWED) {
            return false;
        }
        if (status >= 500 && status != 500) {
            return op.getResponses() != null && op.getResponses().containsKey(String.valueOf(status));
        }
        return (status == 400 || status == 409) && STATE_DEPENDENT.contains(op.getOperationId());
    }

    private static Rule rule(String name, String pattern, Kind kind) {
        return new Rule(name, Pattern.compile(pattern), kind, false, false);
    }

    /** The rule of an operation ("METHOD /path"), or null when none matches. */
    static Rule ruleOf(String op) {
        return RULES.stream().filter(r -> r.matches(op)).findFirst().orElse(null);
    }

    /**
     * The expected answer class for {@code who} calling an operation of {@code rule}; {@code ownersObject}:
     * a path parameter names one of the owner's own objects (its API key, its session).
     */
    static AuthzOutcome expected(Rule rule, boolean ownersObject, AuthzCaller who) {
        if (rule.kind() == Kind.OPEN) {
            return ALLOWED;
        }
        if (!who.authenticated()) {
            return UNAUTHENTICATED;
        }
        return switch (rule.kind()) {
            case SERVER_ADMIN -> who == AuthzCaller.SERVER_ADMIN ? ALLOWED : FORBIDDEN;
            case SELF -> self(rule, ownersObject, who);
            case GLOBAL -> ALLOWED;
            case WORKSPACE -> workspace(rule, who);
            case OPEN -> ALLOWED;
        };
    }

    /**
     * The expected answer when the request addresses W's restricted project or its workflow: 404 for the
     * member without access and for an OAuth token (which sees unrestricted projects only), otherwise as
     * {@link #expected}.
     */
    static AuthzOutcome expectedInRestricted(Rule rule, AuthzCaller who) {
        if (who.authenticated() && (who == AuthzCaller.RESTRICTED || who == AuthzCaller.OAUTH)) {
            return NOT_FOUND;
        }
        return expected(rule, false, who);
    }

    private static AuthzOutcome self(Rule rule, boolean ownersObject, AuthzCaller who) {
        if (rule.userOnly() && who == AuthzCaller.OAUTH) {
            return FORBIDDEN;
        }
        return !ownersObject || who == AuthzCaller.OWNER ? ALLOWED : NOT_FOUND;
    }

    private static AuthzOutcome workspace(Rule rule, AuthzCaller who) {
        if (!who.memberOfW()) {
            return NOT_FOUND;
        }
        if (rule.userOnly() && who == AuthzCaller.OAUTH) {
            return FORBIDDEN;
        }
        if (rule.adminOnly() && !who.managesW()) {
            return FORBIDDEN;
        }
        return ALLOWED;
    }
}
