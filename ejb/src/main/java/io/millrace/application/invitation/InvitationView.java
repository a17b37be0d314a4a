package io.millrace.application.invitation;

import io.millrace.domain.invitation.Invitation;
import io.millrace.domain.workspace.Workspace;

/**
 * An invitation with its workspace; {@code token} and {@code url} only in the answer that created it
 * (else null).
 */
public record InvitationView(Invitation invitation, Workspace workspace, String token, String url) {
}
