/** The workspace aggregate: workspaces (orgs), their projects, and users with API keys. */
package io.millrace.domain.workspace;
