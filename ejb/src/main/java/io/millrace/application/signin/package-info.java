/**
 * Sign-in with a company's LDAP directory or OpenID Connect provider: verifying the person (ports
 * {@link io.millrace.application.signin.Directory} and {@link io.millrace.application.signin.OidcProvider},
 * implemented in {@code infrastructure.ldap} and {@code infrastructure.oidc}), then creating the user just in
 * time and making its memberships follow the mapped groups ({@link io.millrace.application.signin.Provisioning}).
 * Opening the browser session is the caller's part, not this package's.
 */
package io.millrace.application.signin;
