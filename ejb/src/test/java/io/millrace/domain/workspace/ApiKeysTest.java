package io.millrace.domain.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** Names, hints and the number of named API keys, and when a use is recorded. */
class ApiKeysTest {
    @Test
    void theHintShowsThePrefixAndFourCharactersAtEachEndOnly() {
        assertEquals("mr_AbCd…wXyZ", ApiKeys.hint("mr_AbCd" + "0".repeat(32) + "wXyZ"));
        assertEquals("…", ApiKeys.hint("short"), "a short key gives nothing away");
        assertEquals("abc…fgh", ApiKeys.hint("abcdefghijklmnopabcdefgh"), "a quarter at most");
    }

    @Test
    void aNameIsRequiredTrimmedAtMostAHundredCharactersAndSafeText() {
        assertEquals("ci", ApiKeys.name(body("  ci ")));
        assertEquals("name", assertThrows(InvalidInputException.class, () -> ApiKeys.name(null)).field());
        assertEquals("name", assertThrows(InvalidInputException.class, () -> ApiKeys.name(body("  "))).field());
        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> ApiKeys.name(body("x".repeat(101)))).field());
        assertEquals("x".repeat(100), ApiKeys.name(body("x".repeat(100))));
        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> ApiKeys.name(body("invoice\u202Efdp.exe"))).field());
        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> ApiKeys.name(Json.createObjectBuilder().add("name", 3).build())).field());
        assertEquals("other", assertThrows(InvalidInputException.class,
                () -> ApiKeys.name(Json.createObjectBuilder().add("name", "a").add("other", 1).build())).field());
    }

    @Test
    void aUserHasAtMostFiftyKeys() {
        ApiKeys.checkRoomFor(49);
        assertEquals("name", assertThrows(InvalidInputException.class, () -> ApiKeys.checkRoomFor(50)).field());
    }

    @Test
    void aUseIsRecordedAtMostOnceAMinute() {
        ApiKey key = new ApiKey("ak_1", "u_1", "ci", ApiKeys.hash("mr_x"), null, 0);
        assertTrue(key.useWorthRecording(1_000));
        key.used(1_000, "mr_…");
        assertEquals("mr_…", key.hint(), "a migrated key gets its hint when first used");
        assertFalse(key.useWorthRecording(60_999));
        assertTrue(key.useWorthRecording(61_000));
        key.used(61_000, "other");
        assertEquals("mr_…", key.hint());
    }

    @Test
    void aUsersKeyFromBeforeNamedKeysIsRetiredOnce() {
        User user = new User("u_1", "ada", null, ApiKeys.hash("mr_old"), "o_1", false, 0);
        assertEquals(ApiKeys.hash("mr_old"), user.legacyApiKeyHash().orElseThrow());
        user.retireLegacyApiKey();
        assertTrue(user.legacyApiKeyHash().isEmpty());
        assertTrue(User.actingFor("oa_1", "client", "o_1", 0).legacyApiKeyHash().isEmpty());
    }

    private static JsonValue body(String name) {
        return Json.createObjectBuilder().add("name", name).build();
    }
}
