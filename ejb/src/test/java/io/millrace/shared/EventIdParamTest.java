package io.millrace.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EventIdParamTest {
    @Test
    void aParameterIsAnEventIdOrAbsent() {
        assertEquals(new EventId(1589486981597L, 2), EventId.param(" 1589486981597-2 ", "after"));
        assertEquals(new EventId(1589486981597L, 0), EventId.param("1589486981597", "after"));
        assertNull(EventId.param(null, "after"));
        assertNull(EventId.param("  ", "after"));
    }

    @Test
    void anythingElseIsRefusedNamingTheParameter() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EventId.param("abc", "start_id"));
        assertEquals("start_id", e.field());
        assertEquals("start_id must be an event id like 1589486981597-0", e.getMessage());
    }
}
