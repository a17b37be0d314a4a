/**
 * The environment variables API of workspaces and projects through the real server.
 */
package io.millrace.it.environment;
