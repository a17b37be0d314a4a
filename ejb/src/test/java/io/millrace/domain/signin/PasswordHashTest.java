package io.millrace.domain.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {
    /** Few iterations keep the test fast; the format and checks are the same. */
    private final PasswordHash hashing = new PasswordHash(1_000);

    @Test
    void aHashMatchesItsPasswordOnly() {
        String hash = hashing.hash("correct horse battery");
        assertTrue(hashing.matches("correct horse battery", hash));
        assertFalse(hashing.matches("correct horse batterY", hash));
        assertFalse(hashing.matches("", hash));
        assertFalse(hashing.matches(null, hash));
    }

    @Test
    void eachHashHasItsOwnSaltAndNamesSchemeAndIterations() {
        String a = hashing.hash("same password here");
        String b = hashing.hash("same password here");
        assertNotEquals(a, b, "a new salt each time");
        String[] parts = a.split("\\$");
        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("1000", parts[1]);
        assertFalse(a.contains("same password"));
    }

    @Test
    void theIterationCountOfTheStoredHashIsUsed() {
        String stored = new PasswordHash(2_000).hash("older hash, other count");
        assertTrue(hashing.matches("older hash, other count", stored));
    }

    @Test
    void theStandardCountIsOwaspsFigure() {
        assertEquals(600_000, PasswordHash.ITERATIONS);
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        assertFalse(hashing.matches("x", null));
        assertFalse(hashing.matches("x", "plain"));
        assertFalse(hashing.matches("x", "pbkdf2-sha256$abc$AAAA$AAAA"));
        assertFalse(hashing.matches("x", "pbkdf2-sha256$1000$!!!$AAAA"));
        assertFalse(hashing.matches("x", "pbkdf2-sha256$0$AAAA$AAAA"));
    }
}
