/**
 * The OpenID Connect adapter ({@code application.signin.OidcProvider}) on the Nimbus OAuth 2.0 / OIDC SDK:
 * discovery, the authorization request with PKCE, the code exchange with the client secret, and ID-token
 * validation ({@link io.millrace.infrastructure.oidc.IdTokens}).
 */
package io.millrace.infrastructure.oidc;
