package io.millrace.web.api;

import io.millrace.shared.JsonText;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/** Small helpers for building JSON responses. */
final class Renders {
    private Renders() {
    }

    static void addNullable(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }

    /** Adds stored JSON text as a value, or null. */
    static void addJson(JsonObjectBuilder b, String name, String json) {
        if (json == null) {
            b.addNull(name);
        } else {
            b.add(name, JsonText.parse(json));
        }
    }

    static void addTime(JsonObjectBuilder b, String name, Long epochMillis) {
        addNullable(b, name, epochMillis == null ? null : Instant.ofEpochMilli(epochMillis).toString());
    }

    static long seconds(long epochMillis) {
        return epochMillis / 1000;
    }
}
