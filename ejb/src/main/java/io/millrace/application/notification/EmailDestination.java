package io.millrace.application.notification;

import io.millrace.runtime.EmailRequest;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Pipedream's Email Destination: a workflow can email only its owner. The owner of a workflow is the
 * owner of its workspace, the member with the role owner (for the default workspace, the admin created at
 * first start); the message goes to that user's {@code email}. No transaction is needed.
 */
@ApplicationScoped
public class EmailDestination {
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    MailSender mail;

    /** Sends one email a step asked for (see {@link #sendToOwner(String, String, String, String)}). */
    public void sendToOwner(String workspaceId, EmailRequest email) {
        sendToOwner(workspaceId, email.subject(), email.text(), email.html());
    }

    /**
     * Sends one {@code $.send.email({subject, text, html})} of a workflow of {@code workspaceId}.
     *
     * @throws IllegalArgumentException when the subject or body is missing or too large
     * @throws IllegalStateException    when the workspace owner has no email address
     * @throws MailException            when the mail server cannot be reached or refuses it
     */
    public void sendToOwner(String workspaceId, String subject, String text, String html) {
        User owner = workspaces.owner(workspaceId)
                .orElseThrow(() -> new IllegalStateException("workspace " + workspaceId + " has no owner"));
        if (owner.email() == null) {
            throw new IllegalStateException("$.send.email: the workspace owner (" + owner.username()
                    + ") has no email address; set one with PUT /v1/users/me");
        }
        mail.send(new MailMessage(owner.email(), subject, text, html));
    }
}
