package io.millrace.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.shared.JsonText;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class RetentionSettingsTest {
    @Test
    void withoutSettingsEverythingIsKeptAndNotified() {
        RetentionSettings r = RetentionSettings.of(JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(new RetentionSettings(null, null, true, true), r);
        assertFalse(r.limited());
        assertEquals(Long.MIN_VALUE, r.ageCutoff(1_000));
    }

    @Test
    void settingsAreRead() {
        RetentionSettings r = RetentionSettings.of(JsonText.parseObject(
                "{\"retention_days\":2,\"retention_count\":10,\"data_retention\":false,\"notify_on_errors\":false}"));
        assertEquals(new RetentionSettings(2, 10, false, false), r);
        assertTrue(r.limited());
        assertEquals(3 * 86_400_000L - 2 * 86_400_000L, r.ageCutoff(3 * 86_400_000L));
    }
}
