/** Users, workspaces, OAuth clients and the OAuth token endpoints. */
package io.millrace.web.api.identity;
