/** {@code /v1/workspaces/{org_id}/scim_tokens}: the workspace's SCIM bearer tokens, for its admins and owner. */
package io.millrace.web.api.scim;
