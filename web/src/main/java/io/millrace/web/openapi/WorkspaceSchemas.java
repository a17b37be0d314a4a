package io.millrace.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Workspaces, the current user, and workspace provisioning by administrators. */
public final class WorkspaceSchemas {
    private WorkspaceSchemas() {
    }

    @Schema(name = "Workspace", description = "A workspace (org). Millrace meters no credits: both credit fields are null")
    public static class Workspace {
        @Schema(example = "o_Qa8I1Zab")
        public String id;
        public String orgname;
        public String name;
        @Schema(nullable = true)
        public String email;
        @Schema(nullable = true)
        public Long daily_credits_quota;
        @Schema(nullable = true)
        public Long daily_credits_used;
        @Schema(enumeration = {"owner", "admin", "member"},
                description = "the caller's role in the workspace (absent where no caller is a member)")
        public String role;
        @Schema(description = "whether members with a password must use two-factor authentication"
                + " (only in GET and PUT /v1/workspaces/{org_id})")
        public Boolean require_two_factor;
        @Schema(enumeration = {"any", "sso_only", "sso_with_guests"},
                description = "how members may sign in (only in GET and PUT /v1/workspaces/{org_id})")
        public String login_methods;
        @Schema(description = "the company's email domains: with sso_with_guests, members at other domains are"
                + " guests (only in GET and PUT /v1/workspaces/{org_id})")
        public List<String> sso_domains;
        @Schema(description = "where error notifications are emailed; empty: the owner's address (only for admins"
                + " and the owner, in GET and PUT /v1/workspaces/{org_id})")
        public List<String> notification_emails;
        @Schema(nullable = true, description = "where error notifications are POSTed as JSON (only for admins and"
                + " the owner, in GET and PUT /v1/workspaces/{org_id})")
        public String notification_webhook_url;
    }

    @Schema(name = "WorkspaceData")
    public static class WorkspaceData {
        public Workspace data;
    }

    @Schema(name = "User", description = "The caller. Quotas are null (Millrace has none); the used values"
            + " count the caller's workspace since midnight UTC")
    public static class User {
        @Schema(example = "u_aPmhl8Xy")
        public String id;
        public String username;
        @Schema(nullable = true)
        public String email;
        @Schema(description = "whether the user is one of the server's administrators (roles in workspaces are in orgs)")
        public boolean admin;
        @Schema(nullable = true)
        public Long daily_compute_time_quota;
        @Schema(description = "milliseconds")
        public long daily_compute_time_used;
        @Schema(nullable = true)
        public Long daily_invocations_quota;
        public long daily_invocations_used;
        public List<Workspace> orgs;
        @Schema(description = "whether the user signs in with a TOTP code besides its password")
        public boolean two_factor_enabled;
    }

    @Schema(name = "UserData")
    public static class UserData {
        public User data;
    }

    @Schema(name = "EmailChange")
    public static class EmailChange {
        @Schema(required = true, nullable = true, description = "a plain name@domain address, or null to remove it")
        public String email;
    }

    @Schema(name = "NewWorkspace")
    public static class NewWorkspace {
        @Schema(required = true)
        public String name;
        @Schema(description = "default: made from name")
        public String orgname;
        public String email;
        @Schema(required = true, description = "the workspace's first user (not an administrator)")
        public String username;
        public String user_email;
    }

    @Schema(name = "ProvisionedWorkspace")
    public static class ProvisionedWorkspace {
        public Workspace workspace;
        public ProjectRef project;
        public NewUser user;
        @Schema(description = "the user's API key, shown only in this answer")
        public String api_key;
    }

    @Schema(name = "ProvisionedWorkspaceData")
    public static class ProvisionedWorkspaceData {
        public ProvisionedWorkspace data;
    }

    @Schema(name = "NewUser")
    public static class NewUser {
        public String id;
        public String username;
        @Schema(nullable = true)
        public String email;
        public boolean admin;
    }

    @Schema(name = "ProjectRef")
    public static class ProjectRef {
        @Schema(example = "proj_yHXqOZcd")
        public String id;
        public String name;
    }

    @Schema(name = "Member", description = "A member of a workspace")
    public static class Member {
        @Schema(description = "the user's id", example = "u_aPmhl8Xy")
        public String id;
        public String username;
        @Schema(nullable = true)
        public String email;
        @Schema(enumeration = {"owner", "admin", "member"})
        public String role;
        @Schema(description = "when the user joined the workspace (epoch milliseconds)")
        public long joined_at;
    }

    @Schema(name = "MemberData")
    public static class MemberData {
        public Member data;
    }

    @Schema(name = "MemberList")
    public static class MemberList {
        public List<Member> data;
    }

    @Schema(name = "RoleChange")
    public static class RoleChange {
        @Schema(required = true, enumeration = {"owner", "admin", "member"},
                description = "owner (by the owner only) hands ownership on: the caller becomes an admin")
        public String role;
    }

    @Schema(name = "NewMember", description = "An existing user joining a workspace")
    public static class NewMember {
        @Schema(required = true, example = "u_aPmhl8Xy")
        public String user_id;
        @Schema(nullable = true, enumeration = {"admin", "member"}, description = "default member")
        public String role;
    }
}
