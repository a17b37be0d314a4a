/** {@code /v1/projects/{project_id}/files…}: a project's file store; {@code /files/{id}}: signed download URLs. */
package io.millrace.web.api.filestore;
