package io.millrace.orchestrator;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Evaluates a concurrency key path such as {@code steps.trigger.event.body.customer_id} against an
 * event and its context. A missing value gives "" (all such events share one gate).
 */
public final class KeyPath {
    private KeyPath() {
    }

    public static String evaluate(String path, JsonObject event, JsonObject context) {
        if (path == null) {
            return "";
        }
        String[] parts = path.split("\\.");
        JsonValue current = "event".equals(parts[2]) ? event : context;
        for (int i = 3; i < parts.length && current != null; i++) {
            current = current instanceof JsonObject o ? o.get(parts[i]) : null;
        }
        if (current == null || current == JsonValue.NULL) {
            return "";
        }
        if (current instanceof JsonString s) {
            return s.getString();
        }
        return current instanceof JsonNumber n ? n.toString() : current.toString();
    }
}
