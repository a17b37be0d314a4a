/**
 * Users, workspaces, API keys and OAuth clients through the real server, and the isolation of
 * workspaces.
 */
package io.millrace.it.identity;
