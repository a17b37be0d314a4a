package io.millrace.application.invitation;

import io.millrace.application.notification.MailMessage;
import io.millrace.domain.workspace.Workspace;
import java.time.Instant;

/** The message of an email invitation: who invites, to which workspace, the link and its expiry. */
final class InvitationMail {
    private InvitationMail() {
    }

    static MailMessage of(String to, Workspace workspace, String inviter, String role, String link, long expiresAt) {
        String subject = "You are invited to the Millrace workspace " + oneLine(workspace.name());
        String text = inviter + " invites you to join the Millrace workspace \"" + workspace.name() + "\" as "
                + role + ".\n\nAccept the invitation here (the link works once, until "
                + Instant.ofEpochMilli(expiresAt) + "):\n\n" + link + "\n\n"
                + "If you did not expect this message, ignore it.\n";
        return new MailMessage(to, subject, text, null);
    }

    private static String oneLine(String text) {
        String s = text.replaceAll("[\\r\\n\\t]+", " ");
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
