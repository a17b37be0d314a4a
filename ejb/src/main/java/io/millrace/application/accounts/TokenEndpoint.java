package io.millrace.application.accounts;

import java.net.URI;
import java.util.List;

/**
 * An OAuth 2.0 provider's endpoints, as an app names them. The client authenticates with HTTP Basic (its id and
 * secret). Network failures are {@link IllegalStateException}s; a provider's error answer is an
 * {@link OAuthRefusedException}.
 */
public interface TokenEndpoint {
    /** What a token endpoint answered. {@code expiresIn} in seconds, or null when it did not say. */
    record Tokens(String accessToken, String refreshToken, String tokenType, String scope, Long expiresIn) {
    }

    /** The browser's authorization request: code flow, PKCE with S256. */
    URI authorizationUri(String authorizeUrl, String clientId, List<String> scopes, URI redirectUri, String state,
                         String codeVerifier);

    Tokens exchange(String tokenUrl, String clientId, String clientSecret, String code, String codeVerifier,
                    URI redirectUri);

    Tokens refresh(String tokenUrl, String clientId, String clientSecret, String refreshToken);

    /** Revokes a token (RFC 7009). */
    void revoke(String revokeUrl, String clientId, String clientSecret, String token, boolean refreshToken);
}
