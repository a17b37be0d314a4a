package io.millrace.domain.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvVarRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"API_KEY", "_private", "a", "Client_ID_2", "pipedream_lower", "PIPEDREAM", "X_PIPEDREAM_"})
    void goodKeys(String key) {
        EnvVarRules.checkKey(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1ABC", "API-KEY", "API KEY", "ÄPI", "$X", "PIPEDREAM_", "PIPEDREAM_X"})
    void badKeysNameTheKeyField(String key) {
        assertField("key", () -> EnvVarRules.checkKey(key));
    }

    @Test
    void keysAreAtMost255Characters() {
        EnvVarRules.checkKey("K".repeat(255));
        assertField("key", () -> EnvVarRules.checkKey("K".repeat(256)));
    }

    @Test
    void valuesAreAtMost64KilobytesOfUtf8() {
        EnvVarRules.checkValue("");
        EnvVarRules.checkValue("v".repeat(65536));
        EnvVarRules.checkValue("é".repeat(32768));
        assertField("value", () -> EnvVarRules.checkValue("v".repeat(65537)));
        assertField("value", () -> EnvVarRules.checkValue("é".repeat(32769)));
        assertField("value", () -> EnvVarRules.checkValue(null));
    }

    @Test
    void descriptionsAreOptionalAndAtMost1024Characters() {
        EnvVarRules.checkDescription(null);
        EnvVarRules.checkDescription("d".repeat(1024));
        assertField("description", () -> EnvVarRules.checkDescription("d".repeat(1025)));
    }

    @Test
    void aCreateNeedsKeyAndValueAndDefaultsToSecret() {
        EnvVarRequest r = EnvVarRequest.forCreate(JsonText.parse("{\"key\":\"A\",\"value\":\"1\"}"));
        assertTrue(r.secret());
        assertNull(r.description());
        assertFalse(EnvVarRequest.forCreate(JsonText.parse("{\"key\":\"A\",\"value\":\"1\",\"secret\":false}"))
                .secret());
        assertField("key", () -> EnvVarRequest.forCreate(JsonText.parse("{\"value\":\"1\"}")));
        assertField("value", () -> EnvVarRequest.forCreate(JsonText.parse("{\"key\":\"A\"}")));
        assertField("value", () -> EnvVarRequest.forCreate(JsonText.parse("{\"key\":\"A\",\"value\":5}")));
        assertField("secret", () -> EnvVarRequest.forCreate(
                JsonText.parse("{\"key\":\"A\",\"value\":\"1\",\"secret\":\"yes\"}")));
        assertField("vaule", () -> EnvVarRequest.forCreate(JsonText.parse("{\"key\":\"A\",\"vaule\":\"1\"}")));
        assertField(null, () -> EnvVarRequest.forCreate(JsonText.parse("[]")));
    }

    @Test
    void anUpdateChangesOnlyWhatItNamesAndNullDescriptionClears() {
        EnvVarRequest r = EnvVarRequest.forUpdate(JsonText.parse(
                "{\"id\":\"ev_x\",\"value\":null,\"description\":null,\"created_at\":1}"));
        assertNull(r.key());
        assertNull(r.value());
        assertNull(r.secret());
        assertTrue(r.descriptionGiven());
        assertFalse(EnvVarRequest.forUpdate(JsonText.parse("{}")).descriptionGiven());
        assertField("key", () -> EnvVarRequest.forUpdate(JsonText.parse("{\"key\":\"PIPEDREAM_TOKEN\"}")));
    }

    private static void assertField(String field, Runnable r) {
        assertEquals(field, assertThrows(InvalidInputException.class, r::run).field());
    }
}
