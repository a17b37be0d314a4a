/**
 * {@code /v1/workspaces/{org_id}/invitations} and {@code /v1/workspaces/{org_id}/invite_links}: admins and
 * the owner invite people by email or with a link limited to email domains (application feature
 * {@code application.invitation}). Accepting is outside {@code /v1}, in {@code web.signin}.
 */
package io.millrace.web.api.invitation;
