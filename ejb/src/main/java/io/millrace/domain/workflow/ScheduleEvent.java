package io.millrace.domain.workflow;

import io.millrace.domain.source.TimerSpec;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneId;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a schedule trigger hands a workflow as {@code steps.trigger.event} (the seed's fields
 * {@code interval_seconds}, {@code cron}, {@code timestamp}, {@code timezone_configured},
 * {@code timezone_utc}), and its next fire times, computed in the configured time zone.
 */
public final class ScheduleEvent {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private ScheduleEvent() {
    }

    /** A schedule's {@code cron} (+ {@code timezone}) or {@code interval_seconds}, errors naming the field. */
    public static TimerSpec parse(JsonObject t, String field) {
        for (String other : List.of("source_id", "auth")) {
            if (t.containsKey(other)) {
                throw new InvalidInputException(field + "." + other, "schedule triggers take no " + other);
            }
        }
        JsonObjectBuilder timer = Jsonp.createObjectBuilder();
        for (String key : List.of("cron", "interval_seconds", "timezone")) {
            if (t.containsKey(key) && !t.isNull(key)) {
                timer.add(key, t.get(key));
            }
        }
        return TimerSpec.parse(timer.build(), field);
    }

    /** The event of the tick at {@code firedAtMs}. */
    public static JsonObject of(TimerSpec timer, long firedAtMs) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("timestamp", firedAtMs / 1000);
        if (timer.intervalSeconds() == null) {
            b.addNull("interval_seconds");
        } else {
            b.add("interval_seconds", timer.intervalSeconds());
        }
        if (timer.cron() == null) {
            b.addNull("cron");
        } else {
            b.add("cron", timer.cron());
        }
        Instant at = Instant.ofEpochMilli(firedAtMs);
        return b.add("timezone_configured", formatted(at.atZone(zone(timer))))
                .add("timezone_utc", formatted(at.atZone(UTC)))
                .build();
    }

    /**
     * The id of the {@code n}th schedule trigger (0-based, among the schedule triggers) of a workflow: its
     * {@code emitter_id}, and the {@code trigger_id} of Run Now.
     */
    public static String triggerId(String workflowId, int n) {
        return "ti_" + workflowId + "_" + n;
    }

    /** The time zone the schedule runs in: the configured one, else UTC. */
    public static ZoneId zone(TimerSpec timer) {
        return timer.timezone() == null ? UTC : ZoneId.of(timer.timezone());
    }

    /** The next {@code count} fire times after {@code nowMs} (interval schedules count from {@code nowMs}). */
    public static List<Long> next(TimerSpec timer, long nowMs, int count) {
        return from(timer, timer.first(nowMs), count);
    }

    /** {@code count} fire times starting with the stored next fire {@code firstMs}. */
    public static List<Long> from(TimerSpec timer, long firstMs, int count) {
        List<Long> out = new ArrayList<>();
        long at = firstMs;
        for (int i = 0; i < count; i++) {
            out.add(at);
            at = timer.next(at, at);
        }
        return out;
    }

    private static JsonObject formatted(ZonedDateTime t) {
        return Jsonp.createObjectBuilder()
                .add("iso8601", Jsonp.createObjectBuilder()
                        .add("timestamp", t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                        .add("date", t.format(DateTimeFormatter.ISO_LOCAL_DATE))
                        .add("time", t.format(DateTimeFormatter.ISO_LOCAL_TIME)))
                .add("timezone", t.getZone().getId())
                .add("utc_offset", t.getOffset().getId())
                .add("year", t.getYear())
                .add("month", t.getMonthValue())
                .add("day_of_month", t.getDayOfMonth())
                .add("day_of_week", t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .add("hour", t.getHour())
                .add("minute", t.getMinute())
                .add("second", t.getSecond())
                .build();
    }
}
