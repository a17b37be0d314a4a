/**
 * Signing in with a browser through the real server: passwords, session cookies, CSRF protection,
 * revocation, throttling and two-factor authentication.
 * Sign-in with a company's directory through a real server: LDAP against UnboundID's in-memory directory,
 * OIDC and SAML against a real Keycloak, all on one second Liberty configured for the three ({@link
 * io.millrace.it.signin.SsoServer}); each opens the same browser session as a password.
 */
package io.millrace.it.signin;
