package io.millrace.infrastructure.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AesGcmTest {
    private final AesGcm aes = new AesGcm(key());

    @Test
    void sealedTextOpensToThePlaintextAndDoesNotContainIt() {
        String plain = "sk_live_1234 — ünïcödé ✓ " + "x".repeat(70_000);
        String sealed = aes.seal(plain, "ev_abc");
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains("sk_live"));
        assertEquals(plain, aes.open(sealed, "ev_abc"));
        assertEquals("", aes.open(aes.seal("", "ev_abc"), "ev_abc"));
    }

    @Test
    void everySealUsesAFreshNonce() {
        assertNotEquals(aes.seal("same", "c"), aes.seal("same", "c"));
    }

    @Test
    void aDifferentContextOrKeyOrAlteredTextDoesNotOpen() {
        String sealed = aes.seal("secret", "ev_one");
        assertThrows(IllegalStateException.class, () -> aes.open(sealed, "ev_two"));
        assertThrows(IllegalStateException.class, () -> new AesGcm(key()).open(sealed, "ev_one"));
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThrows(IllegalStateException.class, () -> aes.open(altered, "ev_one"));
        assertThrows(IllegalStateException.class, () -> aes.open("plain text", "ev_one"));
        assertThrows(IllegalStateException.class, () -> aes.open("v1:AAAA", "ev_one"));
        assertThrows(IllegalStateException.class, () -> aes.open("v1:not base64!", "ev_one"));
    }

    @Test
    void onlyA256BitKeyIsAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new AesGcm(new byte[16]));
        assertThrows(IllegalArgumentException.class, () -> new AesGcm(null));
    }

    static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
