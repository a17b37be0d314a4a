package io.millrace.application.intake;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Pipedream's {@code x-pd-nostore}: an HTTP request with the header {@code x-pd-nostore: 1} (or the query
 * parameter {@code x-pd-nostore=1}) runs every step, but its execution keeps no event or step data. Only new
 * HTTP events carry it; replays and tests run an event that was stored.
 */
final class NoStore {
    static final String NAME = "x-pd-nostore";

    private NoStore() {
    }

    /** Whether the event of {@code target} asks to be kept without data. */
    static boolean asked(TriggerTarget target, JsonValue event) {
        if (target.replayOf() != null || target.test() || target.emitterId() == null
                || !target.emitterId().startsWith("hi_") || !(event instanceof JsonObject o)) {
            return false;
        }
        return isOne(o.get("headers")) || isOne(o.get("query"));
    }

    private static boolean isOne(JsonValue fields) {
        return fields instanceof JsonObject o && o.get(NAME) instanceof JsonString s && s.getString().trim().equals("1");
    }
}
