package io.millrace.web.api.support;

import io.millrace.shared.JsonText;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/** Small helpers for building JSON responses. */
public final class Renders {
    private Renders() {
    }

    public static void addNullable(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }

    /** Adds stored JSON text as a value, or null. */
    public static void addJson(JsonObjectBuilder b, String name, String json) {
        if (json == null) {
            b.addNull(name);
        } else {
            b.add(name, JsonText.parse(json));
        }
    }

    public static void addTime(JsonObjectBuilder b, String name, Long epochMillis) {
        addNullable(b, name, epochMillis == null ? null : Instant.ofEpochMilli(epochMillis).toString());
    }

    public static long seconds(long epochMillis) {
        return epochMillis / 1000;
    }
}
