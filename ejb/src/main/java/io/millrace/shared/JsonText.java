package io.millrace.shared;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import java.io.StringReader;
import java.io.StringWriter;

/** Reading and writing JSON text with Jakarta JSON Processing. */
public final class JsonText {
    private JsonText() {
    }

    public static JsonValue parse(String text) {
        try (JsonReader reader = Jsonp.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    public static JsonObject parseObject(String text) {
        return parse(text).asJsonObject();
    }

    /** Parses text that may be null (stored "absent") into a JSON value or null. */
    public static JsonValue parseNullable(String text) {
        return text == null ? null : parse(text);
    }

    public static String write(JsonValue value) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Jsonp.createWriter(out)) {
            writer.write(value);
        }
        return out.toString();
    }
}
