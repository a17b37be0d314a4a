/**
 * Invitations to a workspace: single-use email invitations and reusable invite links limited to email
 * domains, each known by a random token stored only as its SHA-256, with an expiry; port
 * {@link io.millrace.domain.invitation.InvitationRepository}.
 */
package io.millrace.domain.invitation;
