package io.millrace.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Workspaces, the current user, and workspace provisioning by administrators. */
public final class WorkspaceSchemas {
    private WorkspaceSchemas() {
    }

    @Schema(name = "Workspace", description = "A workspace (org). Millrace meters no credits: both credit fields are null")
    public record Workspace(
            @Schema(example = "o_Qa8I1Zab") String id,
            String orgname,
            String name,
            @Schema(nullable = true) String email,
            @Schema(nullable = true) Long daily_credits_quota,
            @Schema(nullable = true) Long daily_credits_used) {
    }

    @Schema(name = "WorkspaceData")
    public record WorkspaceData(Workspace data) {
    }

    @Schema(name = "User", description = "The caller. Quotas are null (Millrace has none); the used values"
            + " count the caller's workspace since midnight UTC")
    public record User(
            @Schema(example = "u_aPmhl8Xy") String id,
            String username,
            @Schema(nullable = true) String email,
            boolean admin,
            @Schema(nullable = true) Long daily_compute_time_quota,
            @Schema(description = "milliseconds") long daily_compute_time_used,
            @Schema(nullable = true) Long daily_invocations_quota,
            long daily_invocations_used,
            List<Workspace> orgs) {
    }

    @Schema(name = "UserData")
    public record UserData(User data) {
    }

    @Schema(name = "NewWorkspace")
    public record NewWorkspace(
            @Schema(required = true) String name,
            @Schema(description = "default: made from name") String orgname,
            String email,
            @Schema(required = true, description = "the workspace's first user (not an administrator)") String username,
            String user_email) {
    }

    @Schema(name = "ProvisionedWorkspace")
    public record ProvisionedWorkspace(Workspace workspace, ProjectRef project, NewUser user,
                                       @Schema(description = "the user's API key, shown only in this answer")
                                       String api_key) {
    }

    @Schema(name = "ProvisionedWorkspaceData")
    public record ProvisionedWorkspaceData(ProvisionedWorkspace data) {
    }

    @Schema(name = "NewUser")
    public record NewUser(String id, String username, @Schema(nullable = true) String email, boolean admin) {
    }

    @Schema(name = "ProjectRef")
    public record ProjectRef(@Schema(example = "proj_yHXqOZcd") String id, String name) {
    }
}
