/**
 * Invitations to a workspace: email invitations sent through the {@code MailSender} port with an expiring
 * link, invite links limited to email domains, and accepting either as a signed-in user or as a new
 * person with a local account ({@code Invitations}); their transactions ({@code InvitationWriter}).
 */
package io.millrace.application.invitation;
