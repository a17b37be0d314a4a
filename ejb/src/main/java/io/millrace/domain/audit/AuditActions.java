package io.millrace.domain.audit;

import java.util.Set;

/** The action names of the audit log (docs/api.md, "Audit log" describes each one and its details). */
public final class AuditActions {
    public static final String WORKFLOW_CREATED = "workflow.created";
    public static final String WORKFLOW_DEPLOYED = "workflow.deployed";
    public static final String WORKFLOW_UPDATED = "workflow.updated";
    public static final String WORKFLOW_DELETED = "workflow.deleted";
    public static final String WORKFLOW_ROLLED_BACK = "workflow.rolled_back";
    public static final String WORKFLOW_DRAFT_SAVED = "workflow.draft_saved";
    public static final String WORKFLOW_DRAFT_DISCARDED = "workflow.draft_discarded";
    public static final String PROJECT_IMPORTED = "project.imported";
    public static final String ENV_VAR_SET = "env_var.set";
    public static final String ENV_VAR_DELETED = "env_var.deleted";
    public static final String OAUTH_CLIENT_CREATED = "oauth_client.created";
    public static final String OAUTH_CLIENT_SECRET_ROTATED = "oauth_client.secret_rotated";
    public static final String OAUTH_CLIENT_DELETED = "oauth_client.deleted";
    public static final String USER_CREATED = "user.created";
    public static final String USER_UPDATED = "user.updated";
    public static final String USER_DELETED = "user.deleted";
    public static final String USER_DEACTIVATED = "user.deactivated";
    public static final String USER_REACTIVATED = "user.reactivated";
    public static final String WORKSPACE_CREATED = "workspace.created";
    public static final String WORKSPACE_UPDATED = "workspace.updated";
    public static final String WEBHOOK_CREATED = "webhook.created";
    public static final String WEBHOOK_DELETED = "webhook.deleted";
    public static final String AUTH_FAILED = "auth.failed";
    public static final String API_KEY_CREATED = "api_key.created";
    public static final String API_KEY_ROTATED = "api_key.rotated";
    public static final String API_KEY_REVOKED = "api_key.revoked";
    public static final String MEMBER_ADDED = "member.added";
    public static final String MEMBER_ROLE_CHANGED = "member.role_changed";
    public static final String MEMBER_REMOVED = "member.removed";
    public static final String USER_SIGNED_IN = "user.signed_in";
    public static final String USER_SIGN_IN_FAILED = "user.sign_in_failed";
    public static final String USER_SIGNED_OUT = "user.signed_out";
    public static final String USER_PASSWORD_CHANGED = "user.password_changed";
    public static final String USER_TWO_FACTOR_ENABLED = "user.two_factor_enabled";
    public static final String USER_TWO_FACTOR_DISABLED = "user.two_factor_disabled";
    public static final String USER_PROVISIONED = "user.provisioned";
    public static final String SCIM_TOKEN_CREATED = "scim_token.created";
    public static final String SCIM_TOKEN_REVOKED = "scim_token.revoked";
    public static final String PROJECT_CREATED = "project.created";
    public static final String PROJECT_RENAMED = "project.renamed";
    public static final String PROJECT_DELETED = "project.deleted";
    public static final String PROJECT_ACCESS_CHANGED = "project.access_changed";
    public static final String INVITATION_SENT = "invitation.sent";
    public static final String INVITATION_REVOKED = "invitation.revoked";
    public static final String INVITATION_ACCEPTED = "invitation.accepted";
    public static final String EXECUTION_DELETED = "execution.deleted";
    public static final String EXECUTION_BULK_DELETED = "execution.bulk_deleted";
    public static final String REPLAY_STARTED = "replay.started";
    public static final String REPLAY_STOPPED = "replay.stopped";
    public static final String REPLAY_RESTARTED = "replay.restarted";
    public static final String REPLAY_ABANDONED = "replay.abandoned";
    public static final String ACCOUNT_CREATED = "account.created";
    public static final String ACCOUNT_UPDATED = "account.updated";
    public static final String ACCOUNT_DELETED = "account.deleted";
    public static final String ACCOUNT_MARKED_DEAD = "account.marked_dead";

    /** Every action name. */
    public static final Set<String> ALL = Set.of(WORKFLOW_CREATED, WORKFLOW_DEPLOYED, WORKFLOW_UPDATED,
            WORKFLOW_DELETED, ENV_VAR_SET, ENV_VAR_DELETED, OAUTH_CLIENT_CREATED, OAUTH_CLIENT_SECRET_ROTATED,
            OAUTH_CLIENT_DELETED, USER_CREATED, USER_UPDATED, USER_DELETED, USER_DEACTIVATED, USER_REACTIVATED, WORKSPACE_CREATED, WORKSPACE_UPDATED,
            WEBHOOK_CREATED, WEBHOOK_DELETED, AUTH_FAILED, API_KEY_CREATED, API_KEY_ROTATED, API_KEY_REVOKED,
            MEMBER_ADDED, MEMBER_ROLE_CHANGED, MEMBER_REMOVED, USER_SIGNED_IN, USER_SIGN_IN_FAILED, USER_SIGNED_OUT,
            USER_PASSWORD_CHANGED, USER_TWO_FACTOR_ENABLED, USER_TWO_FACTOR_DISABLED,
            USER_PROVISIONED, PROJECT_CREATED, PROJECT_RENAMED, PROJECT_DELETED, PROJECT_ACCESS_CHANGED,
            SCIM_TOKEN_CREATED, SCIM_TOKEN_REVOKED, INVITATION_SENT, INVITATION_REVOKED, INVITATION_ACCEPTED,
            EXECUTION_DELETED, EXECUTION_BULK_DELETED, REPLAY_STARTED, REPLAY_STOPPED, REPLAY_RESTARTED,
            REPLAY_ABANDONED, WORKFLOW_ROLLED_BACK, WORKFLOW_DRAFT_SAVED, WORKFLOW_DRAFT_DISCARDED, PROJECT_IMPORTED,
            ACCOUNT_CREATED, ACCOUNT_UPDATED, ACCOUNT_DELETED, ACCOUNT_MARKED_DEAD);

    private AuditActions() {
    }

    /** The name itself when it is one of {@link #ALL}; a programming error otherwise. */
    public static String check(String action) {
        if (!ALL.contains(action)) {
            throw new IllegalArgumentException("unknown audit action " + action);
        }
        return action;
    }
}
