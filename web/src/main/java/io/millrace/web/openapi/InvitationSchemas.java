package io.millrace.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Invitations, invite links and workspace settings. */
public final class InvitationSchemas {
    private InvitationSchemas() {
    }

    @Schema(name = "NewInvitation")
    public static class NewInvitation {
        @Schema(required = true, example = "ann@example.com", description = "where the invitation is mailed")
        public String email;
        @Schema(enumeration = {"admin", "member"}, description = "default member")
        public String role;
        @Schema(description = "how long the link works, 1 second up to MILLRACE_INVITATION_DAYS (default 7 days)")
        public Long expires_in_seconds;
    }

    @Schema(name = "Invitation", description = "A pending email invitation; its token is only in the mail")
    public static class Invitation {
        @Schema(example = "inv_K0uAeeXy")
        public String id;
        public String email;
        @Schema(enumeration = {"admin", "member"})
        public String role;
        @Schema(example = "u_aPmhl8Xy", description = "the admin who sent it")
        public String invited_by;
        @Schema(description = "epoch seconds")
        public long created_at;
        @Schema(description = "epoch seconds")
        public long expires_at;
    }

    @Schema(name = "InvitationData")
    public static class InvitationData {
        public Invitation data;
    }

    @Schema(name = "InvitationList")
    public static class InvitationList {
        public List<Invitation> data;
    }

    @Schema(name = "NewInviteLink")
    public static class NewInviteLink {
        @Schema(required = true, example = "[\"example.com\"]",
                description = "who may join: people whose email address is at one of these domains (1 to 20)")
        public List<String> allowed_domains;
        @Schema(enumeration = {"admin", "member"}, description = "default member")
        public String role;
        @Schema(description = "how long the link works, 1 second up to MILLRACE_INVITATION_DAYS (default 7 days)")
        public Long expires_in_seconds;
    }

    @Schema(name = "InviteLink", description = "A reusable invite link; token and url only in the answer that made it")
    public static class InviteLink {
        @Schema(example = "invl_K0uAeeXy")
        public String id;
        public List<String> allowed_domains;
        @Schema(enumeration = {"admin", "member"})
        public String role;
        public String invited_by;
        public long created_at;
        public long expires_at;
        @Schema(description = "the secret of the link, shown only when it is made")
        public String token;
        @Schema(example = "https://millrace.example.com/invitations/mri_…", description = "shown only when it is made")
        public String url;
    }

    @Schema(name = "InviteLinkData")
    public static class InviteLinkData {
        public InviteLink data;
    }

    @Schema(name = "InviteLinkList")
    public static class InviteLinkList {
        public List<InviteLink> data;
    }

    @Schema(name = "WorkspaceChange", description = "Every field is optional; fields left out stay as they are")
    public static class WorkspaceChange {
        @Schema(maxLength = 100)
        public String name;
        public Boolean require_two_factor;
        @Schema(enumeration = {"any", "sso_only", "sso_with_guests"})
        public String login_methods;
        @Schema(nullable = true)
        public List<String> sso_domains;
        @Schema(nullable = true, description = "at most 20 addresses; null or [] sends to the owner's address")
        public List<String> notification_emails;
        @Schema(nullable = true, maxLength = 2048, description = "an http or https URL; null removes it")
        public String notification_webhook_url;
    }
}
