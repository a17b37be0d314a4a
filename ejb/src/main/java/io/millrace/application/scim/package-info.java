/**
 * SCIM 2.0 provisioning of a workspace's members: the workspace's SCIM tokens ({@link
 * io.millrace.application.scim.ScimTokens}), its users ({@link io.millrace.application.scim.ScimUsers}: a
 * user is active while it is a member; deactivating removes the membership) and its two fixed groups, one per
 * role ({@link io.millrace.application.scim.ScimGroups}). Membership changes go through
 * {@code application.identity.MembershipWriter}, so the audit log records them with the SCIM token as actor.
 */
package io.millrace.application.scim;
