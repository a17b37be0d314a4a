package io.millrace.domain.signin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    @Test
    void aLongUncommonPasswordPasses() {
        assertDoesNotThrow(() -> PasswordPolicy.check("tide-pool granite 42", "alice", "alice@example.com", "password"));
    }

    @Test
    void lengthIsCountedInCharactersBetween12And128() {
        refused("elevenchars", "at least 12");
        assertDoesNotThrow(() -> PasswordPolicy.check("twelve chars", "alice", null, "password"));
        assertDoesNotThrow(() -> PasswordPolicy.check("😀".repeat(12), "alice", null, "password"));
        refused("😀".repeat(11), "at least 12");
        assertDoesNotThrow(() -> PasswordPolicy.check("x".repeat(127) + "y", "alice", null, "password"));
        refused("x".repeat(129), "at most 128");
    }

    @Test
    void theUsernameOrEmailIsRefusedWhateverTheCase() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PasswordPolicy.check("Alice.Wonderland", "alice.wonderland", null, "password"));
        assertEquals("password", e.field());
        assertThrows(InvalidInputException.class,
                () -> PasswordPolicy.check("ALICE@EXAMPLE.COM", "alice", "alice@example.com", "password"));
    }

    @Test
    void veryCommonPasswordsAreRefused() {
        refused("Password1234", "common");
        refused("123456789012", "common");
        refused("qwertyuiop123", "common");
    }

    @Test
    void aMissingPasswordNamesTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PasswordPolicy.check(null, "alice", null, "new_password"));
        assertEquals("new_password", e.field());
    }

    private static void refused(String password, String reason) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PasswordPolicy.check(password, "alice", null, "password"));
        assertEquals("password", e.field());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
