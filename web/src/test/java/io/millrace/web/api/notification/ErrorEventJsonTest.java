package io.millrace.web.api.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.errors.ErrorEvent;
import io.millrace.shared.EventId;
import io.millrace.shared.JsonText;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorEventJsonTest {
    private static final String ERROR = "{\"name\":\"TypeError\",\"message\":\"bad\",\"code\":\"TypeError\","
            + "\"step\":\"explode\",\"ts\":\"2020-11-26T06:06:56.077Z\",\"stack\":\"TypeError: bad\"}";

    private static ErrorEvent event(String eventJson) {
        return new ErrorEvent(new EventId(1606370816223L, 0), "p_abc123", "0Vbg", eventJson,
                "{\"id\":\"0Vbg\",\"workflow_id\":\"p_abc123\"}", ERROR);
    }

    private static int size(JsonValue v) {
        return JsonText.write(v).getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void rendersTheSeedsShape() {
        JsonObject item = ErrorEventJson.render(event("{\"name\":\"Luke\",\"title\":\"Jedi\"}"), false).build();
        assertEquals("1606370816223-0", item.getString("id"));
        assertEquals(1606370816223L, item.getJsonNumber("indexed_at_ms").longValue());
        JsonObject ev = item.getJsonObject("event");
        assertEquals("Jedi", ev.getJsonObject("original_event").getString("title"));
        assertEquals("0Vbg", ev.getJsonObject("original_context").getString("id"));
        JsonObject error = ev.getJsonObject("error");
        assertEquals("TypeError", error.getString("code"));
        assertEquals("explode", error.getString("cellId"));
        assertEquals("2020-11-26T06:06:56.077Z", error.getString("ts"));
        assertEquals("TypeError: bad", error.getString("stack"));
        assertEquals("bad", error.getString("message"));
        assertEquals("TypeError", error.getString("name"));
        JsonObject metadata = ev.getJsonObject("metadata");
        assertEquals("p_abc123", metadata.getString("emitter_id"));
        assertEquals("0Vbg", metadata.getString("emit_id"));
        assertEquals("$errors", metadata.getString("name"));
        assertEquals(metadata, item.getJsonObject("metadata"));
    }

    @Test
    void smallEventsAreNeverTruncated() {
        JsonObject ev = ErrorEventJson.event(event("{\"name\":\"Luke\"}"));
        assertSame(ev, ErrorEventJson.truncate(ev));
    }

    @Test
    void aLargeOriginalEventBecomesAMarkedPrefixAndTheEventFitsInOneKilobyte() {
        String big = "{\"body\":\"" + "é\\\"x".repeat(2000) + "\"}";
        ErrorEvent e = event(big);
        JsonObject full = ErrorEventJson.render(e, true).build().getJsonObject("event");
        assertEquals(JsonText.parse(big), full.get("original_event"));

        JsonObject cut = ErrorEventJson.render(e, false).build().getJsonObject("event");
        String text = cut.getString("original_event");
        assertTrue(text.startsWith("{\"body\":\"é\\\"x"), text);
        assertTrue(text.endsWith(ErrorEventJson.MARKER), text);
        assertTrue(size(cut) <= ErrorEventJson.LIMIT, "size " + size(cut));
        assertTrue(size(cut) > ErrorEventJson.LIMIT - 16, "size " + size(cut));
        assertEquals(full.get("error"), cut.get("error"));
        assertEquals(full.get("original_context"), cut.get("original_context"));
    }

    @Test
    void whenTheRestIsLargeTheOriginalEventKeepsAtLeastItsMinimum() {
        JsonObject ev = Json.createObjectBuilder()
                .add("original_event", Json.createObjectBuilder().add("s", "y".repeat(500)))
                .add("original_context", Json.createObjectBuilder().add("c", "z".repeat(2000)))
                .build();
        String text = ErrorEventJson.truncate(ev).getString("original_event");
        assertEquals(ErrorEventJson.MIN_KEEP + ErrorEventJson.MARKER.length(), text.length());
    }

    @Test
    void aSmallOriginalEventInALargeEventIsKept() {
        JsonObject ev = Json.createObjectBuilder()
                .add("original_event", Json.createObjectBuilder().add("s", "y"))
                .add("error", Json.createObjectBuilder().add("stack", "z".repeat(2000)))
                .build();
        assertSame(ev, ErrorEventJson.truncate(ev));
    }
}
