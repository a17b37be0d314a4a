package io.millrace.web.api.notification;

import io.millrace.web.api.support.Renders;
import io.millrace.domain.errors.ErrorEvent;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;

/**
 * An error event as the seed shows it: {@code {"id", "indexed_at_ms", "event": {"original_event",
 * "original_context", "error": {"code", "cellId", "ts", "stack", "name", "message"}, "metadata":
 * {"emitter_id", "emit_id", "name": "$errors"}}}}. The seed's two examples place {@code metadata}
 * inside {@code event} and beside it; it is in both places.
 *
 * <p>Truncation without {@code expand=event}: when the event object's JSON is over {@value #LIMIT}
 * bytes (UTF-8), {@code original_event} is replaced by a string, the beginning of its JSON text
 * followed by {@value #MARKER}, cut so that the event's JSON is at most {@value #LIMIT} bytes
 * (keeping at least {@value #MIN_KEEP} characters). It is replaced only when something is actually
 * cut; {@code original_context}, {@code error} and {@code metadata} are never truncated.
 */
final class ErrorEventJson {
    static final int LIMIT = 1024;
    static final int MIN_KEEP = 64;
    static final String MARKER = "...[truncated; pass expand=event for the full event]";

    private ErrorEventJson() {
    }

    static JsonObjectBuilder render(ErrorEvent e, boolean expand) {
        JsonObject event = event(e);
        return Jsonp.createObjectBuilder()
                .add("id", e.id())
                .add("indexed_at_ms", e.indexedAtMs())
                .add("event", expand ? event : truncate(event))
                .add("metadata", event.get("metadata"));
    }

    static JsonObject event(ErrorEvent e) {
        JsonObject stored = JsonText.parseObject(e.errorJson());
        JsonObjectBuilder error = Jsonp.createObjectBuilder()
                .add("code", stored.get("code"))
                .add("cellId", stored.get("step"))
                .add("ts", stored.get("ts"))
                .add("stack", stored.get("stack"))
                .add("name", stored.get("name"))
                .add("message", stored.get("message"));
        JsonObjectBuilder metadata = Jsonp.createObjectBuilder().add("emitter_id", e.workflowId());
        Renders.addNullable(metadata, "emit_id", e.executionId());
        metadata.add("name", "$errors");
        return Jsonp.createObjectBuilder()
                .add("original_event", json(e.originalEventJson()))
                .add("original_context", json(e.originalContextJson()))
                .add("error", error)
                .add("metadata", metadata)
                .build();
    }

    /** The event cut to about {@value #LIMIT} bytes by shortening {@code original_event} (see above). */
    static JsonObject truncate(JsonObject event) {
        JsonValue original = event.get("original_event");
        if (size(event) <= LIMIT || original == null || original == JsonValue.NULL) {
            return event;
        }
        String text = JsonText.write(original);
        if (text.length() <= MIN_KEEP) {
            return event;
        }
        JsonObject shortest = cut(event, text, MIN_KEEP);
        if (size(shortest) > LIMIT) {
            return shortest;
        }
        int fits = MIN_KEEP;
        int tooLong = text.length();
        while (tooLong - fits > 1) {
            int mid = (fits + tooLong) >>> 1;
            if (size(cut(event, text, mid)) <= LIMIT) {
                fits = mid;
            } else {
                tooLong = mid;
            }
        }
        return cut(event, text, fits);
    }

    /** The event with {@code original_event} replaced by the first {@code keep} characters of its text. */
    private static JsonObject cut(JsonObject event, String text, int keep) {
        int end = Character.isHighSurrogate(text.charAt(keep - 1)) ? keep - 1 : keep;
        return with(event, Jsonp.createValue(text.substring(0, end) + MARKER));
    }

    private static JsonObject with(JsonObject event, JsonValue originalEvent) {
        return Jsonp.createObjectBuilder(event).add("original_event", originalEvent).build();
    }

    private static int size(JsonValue value) {
        return JsonText.write(value).getBytes(StandardCharsets.UTF_8).length;
    }

    private static JsonValue json(String text) {
        if (text == null) {
            return JsonValue.NULL;
        }
        try {
            return JsonText.parse(text);
        } catch (RuntimeException notJson) {
            return Jsonp.createValue(text);
        }
    }
}
