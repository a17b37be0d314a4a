package io.millrace.infrastructure.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import io.millrace.application.signin.OidcProvider;
import io.millrace.application.identity.SignInRefusedException;
import io.millrace.domain.signin.ExternalIdentity;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The provider of {@code MILLRACE_OIDC_ISSUER}, discovered from its
 * {@code /.well-known/openid-configuration} at the first sign-in (again after a failure), with the
 * confidential client {@code MILLRACE_OIDC_CLIENT_ID} / {@code MILLRACE_OIDC_CLIENT_SECRET} (sent with HTTP
 * Basic; never logged or returned), scopes {@code MILLRACE_OIDC_SCOPES} and groups from the claim
 * {@code MILLRACE_OIDC_GROUPS_CLAIM}. ID tokens must be signed with one of the algorithms the provider
 * announces (RS256 when it announces none).
 */
@ApplicationScoped
public class NimbusOidcProvider implements OidcProvider {
    private static final int TIMEOUT_MILLIS = 10_000;

    @Inject
    @ConfigProperty(name = "millrace.oidc.issuer")
    java.util.Optional<String> issuerSetting;
    @Inject
    @ConfigProperty(name = "millrace.oidc.client.id")
    java.util.Optional<String> clientIdSetting;
    @Inject
    @ConfigProperty(name = "millrace.oidc.client.secret")
    java.util.Optional<String> clientSecretSetting;
    @Inject
    @ConfigProperty(name = "millrace.oidc.scopes", defaultValue = "openid profile email")
    String scopes;
    @Inject
    @ConfigProperty(name = "millrace.oidc.groups.claim", defaultValue = "groups")
    String groupsClaim;

    private volatile Discovered discovered;

    private record Discovered(OIDCProviderMetadata metadata, IdTokens tokens) {
    }

    @Override
    public boolean enabled() {
        return !issuer().isBlank() && !clientId().isBlank() && !clientSecret().isBlank();
    }

    @Override
    public URI authorizationUri(String state, String nonce, String codeVerifier, URI redirectUri) {
        Scope scope = Scope.parse(scopes);
        if (!scope.contains("openid")) {
            scope.add("openid");
        }
        return new AuthenticationRequest.Builder(ResponseType.CODE, scope, new ClientID(clientId()), redirectUri)
                .endpointURI(provider().metadata().getAuthorizationEndpointURI())
                .state(new State(state))
                .nonce(new Nonce(nonce))
                .codeChallenge(new CodeVerifier(codeVerifier), CodeChallengeMethod.S256)
                .build().toURI();
    }

    @Override
    public ExternalIdentity identify(String code, String codeVerifier, String nonce, URI redirectUri) {
        Discovered provider = provider();
        TokenRequest request = new TokenRequest(provider.metadata().getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(clientId()), new Secret(clientSecret())),
                new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri, new CodeVerifier(codeVerifier)));
        TokenResponse response;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MILLIS);
            http.setReadTimeout(TIMEOUT_MILLIS);
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException e) {
            throw new IllegalStateException("token endpoint: " + e.getMessage(), e);
        } catch (ParseException e) {
            throw new SignInRefusedException(401, "the identity provider's token answer is not valid", null);
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new SignInRefusedException(401, "the identity provider refused the code: " + Quoted.of(error.getCode()), "code");
        }
        OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();
        if (tokens.getOIDCTokens().getIDToken() == null) {
            throw new SignInRefusedException(401, "the identity provider sent no ID token", null);
        }
        return provider.tokens().identity(tokens.getOIDCTokens().getIDToken(), nonce);
    }

    private Discovered provider() {
        Discovered found = discovered;
        if (found == null) {
            try {
                Issuer expected = new Issuer(issuer().trim().replaceFirst("/+$", ""));
                OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(expected, TIMEOUT_MILLIS, TIMEOUT_MILLIS);
                List<JWSAlgorithm> algorithms = metadata.getIDTokenJWSAlgs();
                JWSAlgorithm algorithm = algorithms == null || algorithms.isEmpty() || algorithms.contains(JWSAlgorithm.RS256)
                        ? JWSAlgorithm.RS256 : algorithms.get(0);
                IdTokens tokens = new IdTokens(IdTokens.validator(metadata.getIssuer(), new ClientID(clientId()), algorithm,
                        metadata.getJWKSetURI().toURL()), metadata.getIssuer(), groupsClaim);
                found = new Discovered(metadata, tokens);
                discovered = found;
            } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException | RuntimeException e) {
                throw new IllegalStateException("OIDC discovery of " + issuer() + ": " + e.getMessage(), e);
            }
        }
        return found;
    }


    private String issuer() {
        return issuerSetting.orElse("");
    }

    private String clientId() {
        return clientIdSetting.orElse("");
    }

    private String clientSecret() {
        return clientSecretSetting.orElse("");
    }
}
