/**
 * Signing in with a browser, outside {@code /v1}: {@code POST /login} (JSON or a form; {@code method}
 * {@code password}, the default, or {@code ldap}) opens a session cookie and answers the user and the
 * session's CSRF token, {@code POST /logout} ends it, {@code GET /session} tells the signed-in browser its
 * user and CSRF token again (after a reload). The OIDC browser flow {@code GET /oidc/login} → provider →
 * {@code GET /oidc/callback} opens the same session before redirecting to {@code /}; so does the SAML flow
 * {@code GET /saml/login} → IdP → {@code POST /saml/acs} ({@code GET /saml/metadata} for the IdP).
 * {@code GET /login/methods} lists the methods the server offers. Verifying and
 * provisioning directory users happen in {@code application.signin}; sessions in {@code application.identity}.
 */
package io.millrace.web.signin;
