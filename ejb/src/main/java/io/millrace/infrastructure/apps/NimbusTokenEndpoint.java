package io.millrace.infrastructure.apps;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Token;
import io.millrace.application.accounts.OAuthRefusedException;
import io.millrace.application.accounts.TokenEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * {@link TokenEndpoint} with the Nimbus OAuth 2.0 SDK (already used for OIDC sign-in): it builds the authorization
 * request with the S256 code challenge and parses token answers by RFC 6749. The endpoints are the ones an
 * administrator gave the app, so they are not subject to the steps' egress policy. 10 s per request.
 */
@ApplicationScoped
public class NimbusTokenEndpoint implements TokenEndpoint {
    private static final int TIMEOUT_MILLIS = 10_000;

    @Override
    public URI authorizationUri(String authorizeUrl, String clientId, List<String> scopes, URI redirectUri, String state,
                                String codeVerifier) {
        AuthorizationRequest.Builder b = new AuthorizationRequest.Builder(ResponseType.CODE, new ClientID(clientId))
                .endpointURI(URI.create(authorizeUrl))
                .redirectionURI(redirectUri)
                .state(new State(state))
                .codeChallenge(new CodeVerifier(codeVerifier), CodeChallengeMethod.S256);
        if (!scopes.isEmpty()) {
            b.scope(new Scope(scopes.toArray(String[]::new)));
        }
        return b.build().toURI();
    }

    @Override
    public Tokens exchange(String tokenUrl, String clientId, String clientSecret, String code, String codeVerifier,
                           URI redirectUri) {
        return tokens(tokenUrl, clientId, clientSecret,
                new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri, new CodeVerifier(codeVerifier)));
    }

    @Override
    public Tokens refresh(String tokenUrl, String clientId, String clientSecret, String refreshToken) {
        return tokens(tokenUrl, clientId, clientSecret, new RefreshTokenGrant(new RefreshToken(refreshToken)));
    }

    @Override
    public void revoke(String revokeUrl, String clientId, String clientSecret, String token, boolean refreshToken) {
        Token t = refreshToken ? new RefreshToken(token) : new BearerAccessToken(token);
        HTTPResponse answer = send(new TokenRevocationRequest(URI.create(revokeUrl),
                new ClientSecretBasic(new ClientID(clientId), new Secret(clientSecret)), t).toHTTPRequest());
        if (!answer.indicatesSuccess()) {
            throw new OAuthRefusedException("revocation_failed", "HTTP " + answer.getStatusCode());
        }
    }

    private Tokens tokens(String tokenUrl, String clientId, String clientSecret, AuthorizationGrant grant) {
        TokenRequest request = new TokenRequest(URI.create(tokenUrl),
                new ClientSecretBasic(new ClientID(clientId), new Secret(clientSecret)), grant);
        TokenResponse response;
        try {
            response = TokenResponse.parse(send(request.toHTTPRequest()));
        } catch (ParseException e) {
            throw new IllegalStateException("the token endpoint's answer is not an OAuth token answer: " + e.getMessage(), e);
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new OAuthRefusedException(error.getCode() == null ? "HTTP " + error.getHTTPStatusCode() : error.getCode(),
                    error.getDescription());
        }
        AccessTokenResponse ok = response.toSuccessResponse();
        AccessToken access = ok.getTokens().getAccessToken();
        RefreshToken refresh = ok.getTokens().getRefreshToken();
        long lifetime = access.getLifetime();
        return new Tokens(access.getValue(), refresh == null ? null : refresh.getValue(), access.getType().getValue(),
                access.getScope() == null ? null : access.getScope().toString(), lifetime > 0 ? lifetime : null);
    }

    private static HTTPResponse send(HTTPRequest http) {
        http.setConnectTimeout(TIMEOUT_MILLIS);
        http.setReadTimeout(TIMEOUT_MILLIS);
        try {
            return http.send();
        } catch (IOException e) {
            throw new IllegalStateException(http.getURL().getHost() + ": " + e.getMessage(), e);
        }
    }
}
