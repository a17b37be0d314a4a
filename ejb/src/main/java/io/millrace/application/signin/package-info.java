/**
 * Sign-in with a company's LDAP directory, OpenID Connect provider or SAML 2.0 identity provider: verifying
 * the person (ports {@link io.millrace.application.signin.Directory},
 * {@link io.millrace.application.signin.OidcProvider} and {@link io.millrace.application.signin.SamlProvider},
 * implemented in {@code infrastructure.ldap}, {@code infrastructure.oidc} and {@code infrastructure.saml}), then
 * creating the user just in time and making its memberships follow the mapped groups
 * ({@link io.millrace.application.signin.Provisioning}). Opening the browser session is the caller's part, not
 * this package's. {@link io.millrace.application.signin.SignInMethods} lists the methods the server offers.
 */
package io.millrace.application.signin;
