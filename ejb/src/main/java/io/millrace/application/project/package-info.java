/**
 * Projects of a workspace, their folders and who may see them: {@link io.millrace.application.project.ProjectAccess}
 * is the one place that answers which projects the request's caller may see; every feature's lookups by id
 * and list queries use it.
 */
package io.millrace.application.project;
