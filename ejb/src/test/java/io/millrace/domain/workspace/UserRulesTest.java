package io.millrace.domain.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"ops@example.com", "a.b+tag@mail.example.org", "x@localhost", "o'neil@example.co.uk"})
    void goodEmails(String email) {
        UserRules.checkEmail(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a@", "@example.com", "a@@example.com", "a b@example.com",
            "Ops <ops@example.com>", "a@exa mple.com", "a@-example.com", "a@example..com", "a@example.com\n"})
    void badEmailsNameEmail(String email) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> UserRules.checkEmail(email));
        assertEquals("email", e.field());
    }

    @Test
    void usernamesAreShortAndPlain() {
        UserRules.checkUsername("alice.b-2_x");
        for (String bad : new String[] {"", "has space", "ü", "u".repeat(65)}) {
            assertEquals("username", assertThrows(InvalidInputException.class, () -> UserRules.checkUsername(bad)).field());
        }
    }

    @Test
    void anEmailChangeNeedsTheFieldAndNullRemovesIt() {
        assertEquals("a@example.com", UserRequest.email(JsonText.parse("{\"email\": \"a@example.com\", \"id\": \"u_x\"}"), false));
        assertEquals(null, UserRequest.email(JsonText.parse("{\"email\": null}"), false));
        assertEquals("email", assertThrows(InvalidInputException.class, () -> UserRequest.email(JsonText.parse("{}"), false)).field());
        assertEquals("admin", assertThrows(InvalidInputException.class,
                () -> UserRequest.email(JsonText.parse("{\"email\": null, \"admin\": true}"), false)).field());
        assertEquals("a@example.com", UserRequest.email(JsonText.parse("{\"email\": \"a@example.com\", \"admin\": true,"
                + " \"daily_invocations_used\": 3}"), true), "GET's shape may be sent back");
    }
}
