package io.millrace.domain.accounts;

/**
 * Which accounts a list holds: a workspace's; of a Connect project (null: the workspace's own accounts, those of
 * no project) and optionally its environment and external user; of one app (null: all); and, for a member who does
 * not manage the workspace, only those they own or that are shared ({@code visibleTo}; null: all).
 */
public record AccountQuery(String workspaceId, String projectId, String environment, String externalUserId,
                           String appId, String visibleTo) {

    /** A workspace's own accounts. */
    public static AccountQuery workspace(String workspaceId, String appId, String visibleTo) {
        return new AccountQuery(workspaceId, null, null, null, appId, visibleTo);
    }
}
