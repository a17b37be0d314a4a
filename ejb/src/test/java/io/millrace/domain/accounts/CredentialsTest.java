package io.millrace.domain.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.apps.AuthType;
import io.millrace.domain.apps.CustomField;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialsTest {
    private static final List<CustomField> FIELDS = List.of(
            new CustomField("api_key", "API key", null, null, false, "password"),
            new CustomField("region", "Region", null, "eu", false, "string"),
            new CustomField("note", "Note", null, null, true, "string"));

    @Test
    void keysTakeDefaultsAndLeaveOptionalFieldsOut() {
        JsonObject auth = JsonText.parseObject(Credentials.keys(FIELDS, JsonText.parse("{\"api_key\": \"k-1\"}"), "credentials"));
        assertEquals("k-1", auth.getString("api_key"));
        assertEquals("eu", auth.getString("region"));
        assertFalse(auth.containsKey("note"));
    }

    @Test
    void keyMistakesNameTheField() {
        assertField("credentials.api_key", "{}");
        assertField("credentials.api_key", "{\"api_key\": 5}");
        assertField("credentials.api_key", "{\"api_key\": \"\"}");
        assertField("credentials.other", "{\"api_key\": \"k\", \"other\": \"x\"}");
        assertField("credentials", "[]");
    }

    @Test
    void aRefreshWithoutANewRefreshTokenKeepsTheOldOne() {
        String first = Credentials.oauth("a1", "r1", "Bearer", "read", 5_000L, null);
        String renewed = Credentials.oauth("a2", null, "Bearer", null, 9_000L, Credentials.refreshToken(first));
        assertEquals("r1", Credentials.refreshToken(renewed));
        assertEquals("a2", Credentials.accessToken(renewed));
        assertEquals(9, JsonText.parseObject(renewed).getInt("oauth_expires_at"));
    }

    @Test
    void healthFollowsRefreshesAndFailures() {
        ConnectedAccount a = new ConnectedAccount("apn_1", "o_1", "u_1", "app_1", "acme", AuthType.OAUTH, "Acme", "x", 1_000)
                .withOAuth("aoc_1", 61_000L, "read");
        assertTrue(a.healthy());
        assertTrue(a.expiresWithin(50_000, 15_000));
        assertFalse(a.expiresWithin(40_000, 15_000));
        a.failed("refused", true, 2_000);
        assertFalse(a.healthy());
        assertTrue(a.dead());
        a.refreshed("y", 90_000L, null, 3_000);
        assertTrue(a.healthy());
        assertFalse(a.dead());
        a.expireNow(4_000);
        assertEquals(4_000L, a.expiresAt());
    }

    private static void assertField(String field, String given) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Credentials.keys(FIELDS, JsonText.parse(given), "credentials"));
        assertEquals(field, e.field(), e.getMessage());
    }
}
