/** Workspaces, users and their API keys, OAuth clients and access tokens. */
package io.millrace.application.identity;
