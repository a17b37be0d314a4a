/** The app catalogue ({@code /v1/apps}) and a workspace's OAuth clients for apps ({@code /v1/workspaces/{org_id}/app_oauth_clients}). */
package io.millrace.web.api.apps;
