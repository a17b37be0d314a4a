/**
 * Signing in with a browser through the real server: passwords, session cookies, CSRF protection,
 * revocation, throttling and two-factor authentication.
 * Sign-in with a company's directory through a real server: LDAP against UnboundID's in-memory directory,
 * OIDC against a real Keycloak, each with a second Liberty started with the sign-in variables; both open
 * the same browser session as a password.
 */
package io.millrace.it.signin;
