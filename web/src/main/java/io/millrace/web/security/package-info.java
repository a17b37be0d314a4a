/** Authentication of the REST API: user API keys and OAuth access tokens as Bearer credentials. */
package io.millrace.web.security;
