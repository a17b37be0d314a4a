package io.millrace.infrastructure.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.millrace.application.identity.SignInRefusedException;
import io.millrace.domain.signin.ExternalIdentity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Validates an ID token with a Nimbus {@link IDTokenValidator} (signature with a key of the provider's
 * JWKS, issuer, audience = our client id, expiry with a minute of clock skew, nonce) and reads the person
 * from its claims: {@code sub}, {@code preferred_username} (else {@code email}, else {@code sub}),
 * {@code email} and the groups claim (an array of names or one name).
 */
public final class IdTokens {
    private final IDTokenValidator validator;
    private final Issuer issuer;
    private final String groupsClaim;

    public IdTokens(IDTokenValidator validator, Issuer issuer, String groupsClaim) {
        this.validator = validator;
        this.issuer = issuer;
        this.groupsClaim = groupsClaim;
        validator.setMaxClockSkew(60);
    }

    /** A validator for tokens signed with {@code algorithm} by a key of the JWKS at {@code jwks}. */
    public static IDTokenValidator validator(Issuer issuer, ClientID client, JWSAlgorithm algorithm, java.net.URL jwks) {
        return new IDTokenValidator(issuer, client, algorithm, jwks);
    }

    /**
     * @throws SignInRefusedException (401) when the token is not valid, naming what failed but nothing of the token
     */
    public ExternalIdentity identity(JWT idToken, String nonce) {
        IDTokenClaimsSet claims;
        try {
            claims = validator.validate(idToken, new Nonce(nonce));
        } catch (BadJOSEException e) {
            throw new SignInRefusedException(401, "the ID token is not valid: " + e.getMessage(), null);
        } catch (JOSEException e) {
            throw new IllegalStateException("ID token check: " + e.getMessage(), e);
        }
        String subject = claims.getSubject().getValue();
        String username = claims.getStringClaim("preferred_username");
        String email = claims.getStringClaim("email");
        if (username == null || username.isBlank()) {
            username = email != null ? email.substring(0, email.indexOf('@') < 0 ? email.length() : email.indexOf('@')) : subject;
        }
        return new ExternalIdentity("oidc:" + issuer.getValue(), subject, username, email, groups(claims.getClaim(groupsClaim)));
    }

    private static List<String> groups(Object claim) {
        List<String> groups = new ArrayList<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> groups.add(String.valueOf(v).replaceFirst("^/", "")));
        } else if (claim instanceof String value) {
            groups.add(value.replaceFirst("^/", ""));
        }
        return groups;
    }

}
