package io.millrace.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** An HTTP trigger's {@code auth}: parsed, kept as a hash, checked in constant time. */
class TriggerAuthTest {

    private static JsonObject json(String text) {
        return JsonText.parse(text).asJsonObject();
    }

    @Test
    void aCustomTokenIsKeptAsItsHashAndMatchesOnlyItself() {
        TriggerAuth auth = TriggerAuth.parse(json("{\"type\":\"custom_token\",\"token\":\"s3cret-token\"}"), "auth", null);
        assertEquals(TriggerAuth.CUSTOM_TOKEN, auth.type());
        assertEquals(64, auth.tokenSha256().length());
        assertFalse(auth.toJson().toString().contains("s3cret-token"));
        assertTrue(auth.matchesToken("s3cret-token"));
        assertFalse(auth.matchesToken("s3cret-tokeN"));
        assertFalse(auth.matchesToken(null));
        TriggerAuth stored = TriggerAuth.fromStored(auth.toJson());
        assertEquals(auth, stored);
        assertEquals(auth, TriggerAuth.parse(json("{\"type\":\"custom_token\"}"), "auth", stored), "kept without a token");
        assertEquals(auth, TriggerAuth.parse(auth.toJson(), "auth", null), "an export's hash is taken back");
    }

    @Test
    void oauthAndNoneTakeNoTokenAndBadSettingsNameTheirField() {
        assertNull(TriggerAuth.parse(json("{\"type\":\"oauth\"}"), "auth", null).tokenSha256());
        assertTrue(TriggerAuth.parse(json("{\"type\":\"none\"}"), "auth", null).isPublic());
        assertEquals("t.auth.type", assertThrows(InvalidInputException.class,
                () -> TriggerAuth.parse(json("{\"type\":\"basic\"}"), "t.auth", null)).field());
        assertEquals("t.auth.token", assertThrows(InvalidInputException.class,
                () -> TriggerAuth.parse(json("{\"type\":\"custom_token\"}"), "t.auth", TriggerAuth.PUBLIC)).field());
        assertEquals("t.auth.token", assertThrows(InvalidInputException.class,
                () -> TriggerAuth.parse(json("{\"type\":\"custom_token\",\"token\":\"short\"}"), "t.auth", null)).field());
        assertEquals("t.auth.token", assertThrows(InvalidInputException.class,
                () -> TriggerAuth.parse(json("{\"type\":\"custom_token\",\"token\":\"has a space\"}"), "t.auth", null)).field());
        assertEquals("t.auth.token", assertThrows(InvalidInputException.class,
                () -> TriggerAuth.parse(json("{\"type\":\"oauth\",\"token\":\"abcdefghij\"}"), "t.auth", null)).field());
        assertEquals("t.auth.token_sha256", assertThrows(InvalidInputException.class,
                () -> TriggerAuth.parse(json("{\"type\":\"custom_token\",\"token_sha256\":\"xyz\"}"), "t.auth", null)).field());
    }
}
