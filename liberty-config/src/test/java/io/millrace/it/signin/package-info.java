/**
 * Sign-in with a company's directory through a real server: LDAP against UnboundID's in-memory directory,
 * OIDC against a real Keycloak, each with a second Liberty started with the sign-in variables.
 */
package io.millrace.it.signin;
