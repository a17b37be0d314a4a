/** {@code /v1} resources of projects: the projects of a workspace, their access and their folders. */
package io.millrace.web.api.project;
