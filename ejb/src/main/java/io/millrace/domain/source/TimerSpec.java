package io.millrace.domain.source;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Jsonp;
import io.millrace.shared.Quoted;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The schedule of a {@code $.interface.timer}: every {@code intervalSeconds}, or a UNIX cron
 * expression (five fields) evaluated in {@code timezone} (an IANA zone such as {@code Europe/Paris};
 * null: UTC). Exactly one of interval and cron is set; a time zone only goes with cron.
 */
public record TimerSpec(Integer intervalSeconds, String cron, String timezone) {
    /** The largest interval accepted: one year. */
    public static final int MAX_INTERVAL_SECONDS = 366 * 24 * 3600;
    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    /** Wall-clock matches at or before the last fire (an autumn overlap, a spring gap) skipped at most. */
    private static final int MAX_WALL_STEPS = 1000;
    private static final Set<String> FIELDS = Set.of("intervalSeconds", "interval_seconds", "cron", "timezone");

    public TimerSpec {
        if ((intervalSeconds == null) == (cron == null)) {
            throw new IllegalArgumentException("a timer has either an interval or a cron expression");
        }
        if (timezone != null && cron == null) {
            throw new IllegalArgumentException("a time zone goes with a cron expression");
        }
    }

    /** A timer in UTC. */
    public TimerSpec(Integer intervalSeconds, String cron) {
        this(intervalSeconds, cron, null);
    }

    /**
     * Reads a timer value: {@code {"intervalSeconds": 60}}, {@code {"interval_seconds": 60}} (the form the
     * API answers with) or {@code {"cron": "0 0 * * *"}}, optionally with {@code "timezone"}; {@code null}
     * members are ignored, so an answer's
     * {@code {"cron": null, "interval_seconds": 60}} can be sent back as it is.
     *
     * @param field the request field, for errors
     */
    public static TimerSpec parse(JsonValue value, String field) {
        if (!(value instanceof JsonObject o)) {
            throw new InvalidInputException(field, field + " must be an object with intervalSeconds or cron");
        }
        for (String key : o.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new InvalidInputException(Quoted.member(field, key), "unknown field " + Quoted.of(key) + " in " + field
                        + " (give intervalSeconds or cron)");
            }
        }
        JsonValue interval = present(o, "intervalSeconds") ? o.get("intervalSeconds") : o.get("interval_seconds");
        if (interval != null && interval.getValueType() == JsonValue.ValueType.NULL) {
            interval = null;
        }
        JsonValue cron = present(o, "cron") ? o.get("cron") : null;
        if (interval != null && cron != null) {
            throw new InvalidInputException(field, field + " takes intervalSeconds or cron, not both");
        }
        String zone = present(o, "timezone") ? zone(o.get("timezone"), field + ".timezone") : null;
        if (cron != null) {
            if (!(cron instanceof JsonString s) || s.getString().isBlank()) {
                throw new InvalidInputException(field + ".cron", field + ".cron must be a cron expression");
            }
            return new TimerSpec(null, validCron(s.getString().trim(), field + ".cron"), zone);
        }
        if (zone != null) {
            throw new InvalidInputException(field + ".timezone", field + ".timezone goes with a cron expression");
        }
        if (interval == null) {
            throw new InvalidInputException(field, field + " needs intervalSeconds or cron");
        }
        return new TimerSpec(seconds(interval, field + (present(o, "intervalSeconds") ? ".intervalSeconds" : ".interval_seconds")), null);
    }

    /** The API's form: {@code {"cron": null, "interval_seconds": 60}} or {@code {"cron": "…", "interval_seconds": null}}. */
    public JsonObject toJson() {
        JsonObjectBuilder b = Jsonp.createObjectBuilder();
        if (cron == null) {
            b.addNull("cron");
        } else {
            b.add("cron", cron);
        }
        if (intervalSeconds == null) {
            b.addNull("interval_seconds");
        } else {
            b.add("interval_seconds", intervalSeconds);
        }
        if (timezone != null) {
            b.add("timezone", timezone);
        }
        return b.build();
    }

    /** The component API's form, as {@code this.<timer prop>} shows it: {@code {"intervalSeconds": 60}} or {@code {"cron": "…"}}. */
    public JsonObject toComponentJson() {
        if (intervalSeconds != null) {
            return Jsonp.createObjectBuilder().add("intervalSeconds", intervalSeconds).build();
        }
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("cron", cron);
        if (timezone != null) {
            b.add("timezone", timezone);
        }
        return b.build();
    }

    /** When the first tick fires after activation at {@code nowMs}. */
    public long first(long nowMs) {
        return intervalSeconds != null ? nowMs + intervalSeconds * 1000L : nextCron(nowMs);
    }

    /**
     * When the tick after the one scheduled for {@code firedAtMs} fires, skipping ticks that would already be
     * in the past at {@code nowMs} (after a restart), so that missed ticks are not run in a burst.
     */
    public long next(long firedAtMs, long nowMs) {
        if (intervalSeconds == null) {
            return nextCron(Math.max(firedAtMs, nowMs));
        }
        long step = intervalSeconds * 1000L;
        long next = firedAtMs + step;
        if (next <= nowMs) {
            next += ((nowMs - next) / step + 1) * step;
        }
        return next;
    }

    /** The event {@code run(event)} gets for the tick scheduled at {@code firedAtMs}. */
    public JsonObject event(long firedAtMs) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("timestamp", firedAtMs / 1000);
        if (intervalSeconds != null) {
            b.add("interval_seconds", intervalSeconds);
        } else {
            b.add("cron", cron);
        }
        return b.build();
    }

    /**
     * The first fire strictly after {@code afterMs}. The expression matches wall-clock times of the zone: a time in
     * the spring gap (02:30 when clocks jump from 02:00 to 03:00) fires at the same time after the jump (03:30),
     * a time of the autumn overlap (02:30 twice) fires once, at its first occurrence.
     */
    private long nextCron(long afterMs) {
        ZoneId zone = timezone == null ? ZoneOffset.UTC : ZoneId.of(timezone);
        ExecutionTime times = ExecutionTime.forCron(UNIX.parse(cron));
        LocalDateTime wall = Instant.ofEpochMilli(afterMs).atZone(zone).toLocalDateTime();
        for (int i = 0; i < MAX_WALL_STEPS; i++) {
            LocalDateTime candidate = times.nextExecution(wall.atZone(ZoneOffset.UTC)).map(ZonedDateTime::toLocalDateTime)
                    .orElseThrow(() -> new IllegalStateException("cron '" + cron + "' has no next execution"));
            long at = ZonedDateTime.ofLocal(candidate, zone, null).toInstant().toEpochMilli();
            if (at > afterMs) {
                return at;
            }
            wall = candidate;
        }
        throw new IllegalStateException("cron '" + cron + "' has no next execution after " + Instant.ofEpochMilli(afterMs));
    }

    private static String validCron(String expression, String field) {
        Cron parsed;
        try {
            parsed = UNIX.parse(expression);
            parsed.validate();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " " + Quoted.of(expression)
                    + " is not a valid UNIX cron expression (minute hour day-of-month month day-of-week): "
                    + Quoted.detail(e.getMessage()));
        }
        if (ExecutionTime.forCron(parsed).nextExecution(ZonedDateTime.now(ZoneOffset.UTC)).isEmpty()) {
            throw new InvalidInputException(field, field + " " + Quoted.of(expression) + " never fires");
        }
        return expression;
    }

    private static String zone(JsonValue v, String field) {
        if (v instanceof JsonString s) {
            try {
                return ZoneId.of(s.getString().trim()).getId();
            } catch (DateTimeException e) {
                // below
            }
        }
        throw new InvalidInputException(field, field + " must be a time zone such as America/New_York");
    }

    private static int seconds(JsonValue v, String field) {
        long n;
        if (v instanceof JsonNumber num && num.isIntegral()) {
            n = num.longValue();
        } else if (v instanceof JsonString s && s.getString().trim().matches("\\d{1,10}")) {
            n = Long.parseLong(s.getString().trim());
        } else {
            throw new InvalidInputException(field, field + " must be an integer number of seconds");
        }
        if (n < 1 || n > MAX_INTERVAL_SECONDS) {
            throw new InvalidInputException(field, field + " must be between 1 and " + MAX_INTERVAL_SECONDS);
        }
        return (int) n;
    }

    private static boolean present(JsonObject o, String key) {
        return o.containsKey(key) && o.get(key).getValueType() != JsonValue.ValueType.NULL;
    }
}
