package io.millrace.web.api.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.events.EmittedEvent;
import io.millrace.shared.EventId;
import io.millrace.shared.JsonText;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceEventJsonTest {

    private static EmittedEvent event(String json, String channel, String dedupeId) {
        return new EmittedEvent(new EventId(1589486981597L, 0), "o_1", "dc_abc123", channel, "run1-0", dedupeId,
                "Example post", 1589486981000L, json);
    }

    @Test
    void rendersTheEventWithItsMetadata() {
        JsonObject item = SourceEventJson.render(event("{\"guid\":\"https://example.com/8161\"}", null, "g1"), false).build();
        assertEquals("1589486981597-0", item.getString("id"));
        assertEquals(1589486981597L, item.getJsonNumber("indexed_at_ms").longValue());
        assertEquals("https://example.com/8161", item.getJsonObject("event").getString("guid"));
        JsonObject meta = item.getJsonObject("metadata");
        assertEquals("dc_abc123", meta.getString("emitter_id"));
        assertEquals("run1-0", meta.getString("emit_id"));
        assertEquals("", meta.getString("name"));
        assertEquals("g1", meta.getString("id"));
        assertEquals("Example post", meta.getString("summary"));
        assertEquals(1589486981000L, meta.getJsonNumber("ts").longValue());
        assertEquals(JsonValue.NULL, SourceEventJson.render(event("{}", "ch", null), false).build()
                .getJsonObject("metadata").get("id"));
    }

    @Test
    void eventsOver1KbAreCutUnlessExpanded() {
        String big = "{\"text\":\"" + "é".repeat(2000) + "\"}";
        JsonValue cut = SourceEventJson.render(event(big, null, null), false).build().get("event");
        assertTrue(cut instanceof JsonString, cut.toString());
        String text = ((JsonString) cut).getString();
        assertTrue(text.startsWith("{\"text\":\"ééé"), text);
        assertTrue(text.endsWith(SourceEventJson.MARKER), text);
        int bytes = JsonText.write(cut).getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= SourceEventJson.LIMIT && bytes > SourceEventJson.LIMIT - 4, "size " + bytes);
        assertEquals(JsonText.parse(big), SourceEventJson.render(event(big, null, null), true).build().get("event"));
        String small = "{\"text\":\"" + "a".repeat(900) + "\"}";
        assertEquals(JsonText.parse(small), SourceEventJson.render(event(small, null, null), false).build().get("event"));
    }
}
