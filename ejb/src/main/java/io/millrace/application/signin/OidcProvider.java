package io.millrace.application.signin;

import io.millrace.domain.signin.ExternalIdentity;
import java.net.URI;

/** An OpenID Connect provider, used with the authorization code flow with PKCE. */
public interface OidcProvider {
    /** Whether issuer, client id and secret are configured. */
    boolean enabled();

    /** Where to send the browser: the provider's authorization endpoint with state, nonce and the PKCE challenge. */
    URI authorizationUri(String state, String nonce, String codeVerifier, URI redirectUri);

    /**
     * Exchanges the code (with the client's secret and the PKCE verifier) and validates the ID token
     * (signature from the provider's JWKS, issuer, audience = client id, expiry, nonce).
     *
     * @throws SignInRefusedException when the provider refuses the code or the token is not valid
     */
    ExternalIdentity identify(String code, String codeVerifier, String nonce, URI redirectUri);
}
