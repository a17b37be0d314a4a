/**
 * Authentication of the REST API: user API keys and OAuth access tokens as Bearer credentials, checked by
 * {@code application.identity.Authentication}; the request-scoped {@link io.millrace.web.security.Caller}
 * that resources inject.
 */
package io.millrace.web.security;
