package io.millrace.application.intake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.shared.JsonText;
import org.junit.jupiter.api.Test;

class NoStoreTest {
    private static final TriggerTarget HTTP = new TriggerTarget("hi_1", null, null, null, 0);

    @Test
    void theHeaderOrQueryParameterOneAsksForNoStorage() {
        assertTrue(NoStore.asked(HTTP, JsonText.parse("{\"headers\":{\"x-pd-nostore\":\"1\"},\"query\":{}}")));
        assertTrue(NoStore.asked(HTTP, JsonText.parse("{\"headers\":{},\"query\":{\"x-pd-nostore\":\" 1\"}}")));
        assertFalse(NoStore.asked(HTTP, JsonText.parse("{\"headers\":{\"x-pd-nostore\":\"0\"},\"query\":{}}")));
        assertFalse(NoStore.asked(HTTP, JsonText.parse("{\"headers\":{},\"body\":{\"x-pd-nostore\":\"1\"}}")));
    }

    @Test
    void onlyNewHttpEventsCarryIt() {
        String event = "{\"headers\":{\"x-pd-nostore\":\"1\"}}";
        assertFalse(NoStore.asked(new TriggerTarget("dc_1", "e1", null, null, 1), JsonText.parse(event)));
        assertFalse(NoStore.asked(new TriggerTarget("hi_1", null, null, null, 0,
                new TriggerTarget.Replayed("ex_1", "ex_1")), JsonText.parse(event)));
        assertFalse(NoStore.asked(new TriggerTarget("hi_1", null, null, null, 0, null, true), JsonText.parse(event)));
    }
}
