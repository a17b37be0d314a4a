package io.millrace.domain.signin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpTest {
    /** The SHA-1 secret of RFC 6238's test vectors ("12345678901234567890"), base32. */
    private static final String RFC_SECRET = Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void codesAreThoseOfRfc6238() {
        // RFC 6238 appendix B, SHA-1, the last 6 of the 8 digits
        assertEquals("287082", Totp.code(RFC_SECRET, Instant.ofEpochSecond(59)));
        assertEquals("081804", Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109)));
        assertEquals("279037", Totp.code(RFC_SECRET, Instant.ofEpochSecond(2000000000)));
    }

    @Test
    void theStepBeforeAndAfterAreAcceptedButNotFurther() {
        Instant now = Instant.ofEpochSecond(1_000_000_020L);
        long step = now.getEpochSecond() / 30;
        String before = Totp.code(RFC_SECRET, Instant.ofEpochSecond((step - 1) * 30));
        assertEquals(OptionalLong.of(step - 1), Totp.matchingStep(RFC_SECRET, before, now, 0));
        String after = Totp.code(RFC_SECRET, Instant.ofEpochSecond((step + 1) * 30));
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(RFC_SECRET, after, now, 0));
        String old = Totp.code(RFC_SECRET, Instant.ofEpochSecond((step - 3) * 30));
        assertTrue(Totp.matchingStep(RFC_SECRET, old, now, 0).isEmpty());
    }

    @Test
    void aUsedStepIsNotAcceptedAgain() {
        Instant now = Instant.ofEpochSecond(1_000_000_020L);
        long step = now.getEpochSecond() / 30;
        String code = Totp.code(RFC_SECRET, now);
        assertEquals(OptionalLong.of(step), Totp.matchingStep(RFC_SECRET, code, now, step - 1));
        assertTrue(Totp.matchingStep(RFC_SECRET, code, now, step).isEmpty());
    }

    @Test
    void malformedCodesAreRefused() {
        Instant now = Instant.now();
        assertTrue(Totp.matchingStep(RFC_SECRET, null, now, 0).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, "12345", now, 0).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, "abcdef", now, 0).isEmpty());
    }

    @Test
    void newSecretsAre160BitsOfBase32AndTheUriNamesThem() {
        String secret = Totp.newSecret();
        assertEquals(32, secret.length());
        assertEquals(20, Base32.decode(secret).length);
        String uri = Totp.uri("Millrace", "alice smith", secret);
        assertEquals("otpauth://totp/Millrace:alice%20smith?secret=" + secret
                + "&issuer=Millrace&algorithm=SHA1&digits=6&period=30", uri);
    }

    @Test
    void base32RoundTrips() {
        byte[] bytes = {0, 1, 2, (byte) 0xff, 42, 7, 99};
        assertArrayEquals(bytes, Base32.decode(Base32.encode(bytes)));
        assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void recoveryCodesAreTenDistinctAndHashIgnoringCaseAndDashes() {
        var codes = RecoveryCodes.newCodes();
        assertEquals(10, codes.size());
        assertEquals(10, codes.stream().distinct().count());
        String code = codes.get(0);
        assertTrue(code.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"), code);
        assertTrue(RecoveryCodes.looksLikeOne(code.toUpperCase()));
        assertEquals(RecoveryCodes.hash(code), RecoveryCodes.hash(code.replace("-", "").toUpperCase()));
        assertTrue(!RecoveryCodes.looksLikeOne("123456"));
    }
}
