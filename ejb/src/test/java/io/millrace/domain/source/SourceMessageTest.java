package io.millrace.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.millrace.shared.EventId;
import org.junit.jupiter.api.Test;

class SourceMessageTest {
    @Test
    void everyMessageReadsBackAsItself() {
        for (SourceMessage m : new SourceMessage[] {
                new SourceMessage.Run("0Vbgey000abc"),
                new SourceMessage.Tick("dc_abc123", 7, 1_589_486_981_597L),
                new SourceMessage.DeleteEvents("dc_abc123", EventId.parse("1589486981598-0"), null),
                new SourceMessage.DeleteEvents("dc_abc123", null, EventId.parse("1589486981598-2")),
                new SourceMessage.DeleteEvents("dc_abc123", null, null),
                new SourceMessage.Purge("dc_abc123")}) {
            assertEquals(m, SourceMessage.parse(m.format()));
        }
    }

    @Test
    void otherBodiesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SourceMessage.parse("p_abc:0"));
        assertThrows(IllegalArgumentException.class, () -> SourceMessage.parse("tick:dc_a:x:1"));
        assertThrows(IllegalArgumentException.class, () -> SourceMessage.parse("delete:dc_a:nope:"));
        assertThrows(IllegalArgumentException.class, () -> SourceMessage.parse(null));
    }
}
