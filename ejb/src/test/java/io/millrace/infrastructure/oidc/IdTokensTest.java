package io.millrace.infrastructure.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.millrace.application.identity.SignInRefusedException;
import io.millrace.domain.signin.ExternalIdentity;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** ID tokens signed with a key of the provider's JWKS: each check refuses what it must. */
class IdTokensTest {
    private static final Issuer ISSUER = new Issuer("https://idp.example.com/realms/acme");
    private final RSAKey key = generate("k1");
    private final RSAKey stranger = generate("k1");
    private final IdTokens tokens = new IdTokens(new IDTokenValidator(ISSUER, new ClientID("millrace"), JWSAlgorithm.RS256,
            new JWKSet(key.toPublicJWK())), ISSUER, "groups");

    private static RSAKey generate(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private SignedJWT token(RSAKey signer, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        long now = System.currentTimeMillis();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER.getValue()).subject("sub-1")
                .audience("millrace").issueTime(new Date(now)).expirationTime(new Date(now + 300_000))
                .claim("nonce", "n-1").claim("preferred_username", "dana").claim("email", "dana@example.com")
                .claim("groups", List.of("/engineers", "ops"));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), change.apply(claims).build());
        jwt.sign(new RSASSASigner(signer));
        return jwt;
    }

    @Test
    void aValidTokenGivesThePerson() throws Exception {
        ExternalIdentity who = tokens.identity(token(key, c -> c), "n-1");
        assertEquals("oidc:" + ISSUER.getValue(), who.provider());
        assertEquals("sub-1", who.subject());
        assertEquals("dana", who.username());
        assertEquals("dana@example.com", who.email());
        assertEquals(List.of("engineers", "ops"), who.groups());
    }

    @Test
    void everyCheckRefuses() throws Exception {
        assertRefused(token(key, c -> c.audience("other-app")), "n-1");
        assertRefused(token(key, c -> c.issuer("https://evil.example.com")), "n-1");
        assertRefused(token(key, c -> c.expirationTime(new Date(System.currentTimeMillis() - 120_000))), "n-1");
        assertRefused(token(key, c -> c), "another-nonce");
        assertRefused(token(stranger, c -> c), "n-1");
    }

    private void assertRefused(SignedJWT token, String nonce) {
        SignInRefusedException refused = assertThrows(SignInRefusedException.class, () -> tokens.identity(token, nonce));
        assertEquals(401, refused.status());
        assertTrue(refused.getMessage().startsWith("the ID token is not valid"), refused.getMessage());
    }
}
