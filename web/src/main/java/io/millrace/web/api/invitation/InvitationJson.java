package io.millrace.web.api.invitation;

import io.millrace.application.invitation.InvitationView;
import io.millrace.domain.invitation.Invitation;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObjectBuilder;

/** Invitations and invite links in JSON (times in epoch seconds); a token only where the view has it. */
public final class InvitationJson {
    private InvitationJson() {
    }

    /** An invitation or invite link as its admins list it. */
    public static JsonObjectBuilder of(InvitationView view) {
        Invitation i = view.invitation();
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", i.id());
        if (i.kind() == Invitation.Kind.EMAIL) {
            b.add("email", i.email());
        } else {
            b.add("allowed_domains", Jsonp.createArrayBuilder(i.allowedDomains()));
        }
        b.add("role", i.role().json()).add("invited_by", i.invitedBy())
                .add("created_at", i.createdAt() / 1000).add("expires_at", i.expiresAt() / 1000);
        if (view.token() != null) {
            b.add("token", view.token()).add("url", view.url());
        }
        return b;
    }

    /** What a token invites to, for the person holding it (no admin details). */
    public static JsonObjectBuilder forInvitee(InvitationView view) {
        Invitation i = view.invitation();
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("kind", i.kind() == Invitation.Kind.EMAIL ? "email" : "link")
                .add("workspace", Jsonp.createObjectBuilder().add("id", view.workspace().id())
                        .add("name", view.workspace().name()).add("orgname", view.workspace().orgname()))
                .add("role", i.role().json()).add("expires_at", i.expiresAt() / 1000);
        if (i.kind() == Invitation.Kind.EMAIL) {
            b.add("email", i.email());
        } else {
            b.add("allowed_domains", Jsonp.createArrayBuilder(i.allowedDomains()));
        }
        return b;
    }
}
