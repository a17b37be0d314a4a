/** The audit log of a workspace ({@code GET /v1/workspaces/{org_id}/audit_log}), for its administrators. */
package io.millrace.web.api.audit;
