package io.millrace.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void aSecretMatchesOnlyItsOwnHash() {
        String hash = Secrets.hash("mrcs_secret");
        assertEquals(64, hash.length());
        assertFalse(hash.contains("secret"));
        assertTrue(Secrets.matches("mrcs_secret", hash));
        assertFalse(Secrets.matches("mrcs_secreT", hash));
        assertFalse(Secrets.matches(null, hash));
        assertFalse(Secrets.matches("mrcs_secret", null));
        assertFalse(Secrets.matches("mrcs_secret", ""));
    }

    @Test
    void aTokenIsValidUntilItsExpiryExcluded() {
        AccessToken t = new AccessToken("h", "oa_1", "o_1", 1_000, 1_000 + 3_600_000);
        assertTrue(t.validAt(1_000));
        assertTrue(t.validAt(3_600_999));
        assertFalse(t.validAt(3_601_000));
    }
}
