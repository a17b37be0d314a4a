/** {@code /v1/projects/{project_id}/export} and {@code /v1/projects/import}: project archives. */
package io.millrace.web.api.transfer;
