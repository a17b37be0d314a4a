/** Environment variables of workspaces and projects. */
package io.millrace.web.api.environment;
