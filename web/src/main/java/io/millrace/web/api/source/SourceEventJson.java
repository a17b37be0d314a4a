package io.millrace.web.api.source;

import io.millrace.web.api.support.Renders;
import io.millrace.domain.events.EmittedEvent;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;

/**
 * An event of a source's stream: {@code {"id", "indexed_at_ms", "event", "metadata": {"emitter_id",
 * "emit_id", "name", "id", "summary", "ts"}}}, where {@code event} is what the source emitted,
 * {@code metadata.name} its channel ({@code ""} for the default one), {@code metadata.id} the
 * {@code meta.id} it gave (or null) and {@code metadata.ts} its {@code meta.ts} (or the emit time) in epoch ms.
 *
 * <p>Without {@code expand=event}, an event whose JSON is over {@value #LIMIT} bytes (UTF-8) is replaced
 * by a string: the beginning of its JSON text followed by {@value #MARKER}, cut so that this string's
 * JSON is at most {@value #LIMIT} bytes.
 */
public final class SourceEventJson {
    public static final int LIMIT = 1024;
    public static final String MARKER = "...[truncated; pass expand=event for the full event]";

    private SourceEventJson() {
    }

    public static JsonObjectBuilder render(EmittedEvent e, boolean expand) {
        JsonValue event = e.eventJson() == null ? JsonValue.NULL : JsonText.parse(e.eventJson());
        JsonObjectBuilder metadata = Jsonp.createObjectBuilder().add("emitter_id", e.emitterId());
        Renders.addNullable(metadata, "emit_id", e.emitId());
        metadata.add("name", e.channel());
        Renders.addNullable(metadata, "id", e.dedupeId());
        Renders.addNullable(metadata, "summary", e.summary());
        metadata.add("ts", e.ts());
        return Jsonp.createObjectBuilder()
                .add("id", e.id())
                .add("indexed_at_ms", e.indexedAtMs())
                .add("event", expand ? event : truncate(event))
                .add("metadata", metadata);
    }

    /**
     * A source's event summary with the fields Pipedream's SDK reads ({@code EmittedEvent}): {@code e} the event as
     * {@code event} shows it when that is an object, else {@code {"value": <event>}}; {@code k} {@code "emit"};
     * {@code ts} the emit time (epoch ms); {@code sum} the summary, when there is one.
     */
    public static JsonObjectBuilder withSdkFields(JsonObjectBuilder summary, EmittedEvent e, boolean expand) {
        JsonValue event = e.eventJson() == null ? JsonValue.NULL : JsonText.parse(e.eventJson());
        JsonValue shown = expand ? event : truncate(event);
        JsonValue object = shown.getValueType() == JsonValue.ValueType.OBJECT ? shown
                : Jsonp.createObjectBuilder().add("value", shown).build();
        summary.add("e", object).add("k", "emit").add("ts", e.ts());
        Renders.addNullable(summary, "sum", e.summary());
        return summary;
    }

    /** The event, or a string of the start of its JSON when the JSON is over {@value #LIMIT} bytes. */
    public static JsonValue truncate(JsonValue event) {
        String text = JsonText.write(event);
        if (text.getBytes(StandardCharsets.UTF_8).length <= LIMIT) {
            return event;
        }
        int fits = 0;
        int tooLong = text.length();
        while (tooLong - fits > 1) {
            int mid = (fits + tooLong) >>> 1;
            if (size(cut(text, mid)) <= LIMIT) {
                fits = mid;
            } else {
                tooLong = mid;
            }
        }
        return Jsonp.createValue(cut(text, fits));
    }

    private static String cut(String text, int keep) {
        int end = keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1)) ? keep - 1 : keep;
        return text.substring(0, end) + MARKER;
    }

    private static int size(String value) {
        return JsonText.write(Jsonp.createValue(value)).getBytes(StandardCharsets.UTF_8).length;
    }
}
