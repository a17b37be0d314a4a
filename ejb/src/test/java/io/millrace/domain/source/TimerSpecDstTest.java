package io.millrace.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Daylight-saving changes, walked tick by tick through 2026 from an injected instant in two time zones: a daily
 * job at a time of the spring gap fires once that day, right after the jump (02:30 → 03:30), and a daily job at
 * a time of the autumn overlap fires once that day, at the first of the two occurrences; every other day at its
 * time. An hourly job has one tick per wall-clock hour on both days.
 */
class TimerSpecDstTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @ParameterizedTest
    @CsvSource({"Europe/Berlin, 2026-03-29, 02:30, 2026-10-25, 02:30",
            "America/New_York, 2026-03-08, 02:30, 2026-11-01, 01:30"})
    void dailyJobsInTheGapAndTheOverlapFireOncePerLocalDay(String zoneId, LocalDate spring, LocalTime inGap,
            LocalDate autumn, LocalTime inOverlap) {
        ZoneId zone = ZoneId.of(zoneId);
        assertTrue(zone.getRules().getValidOffsets(spring.atTime(inGap)).isEmpty(), "the time is in the gap");
        assertEquals(2, zone.getRules().getValidOffsets(autumn.atTime(inOverlap)).size(), "the time is in the overlap");

        List<ZonedDateTime> gapJob = fires(new TimerSpec(null, cron(inGap), zoneId), zone);
        assertEquals(365, gapJob.size(), "one fire per day of 2026");
        for (int d = 0; d < gapJob.size(); d++) {
            ZonedDateTime f = gapJob.get(d);
            assertEquals(START.plusDays(d), f.toLocalDate(), f.toString());
            assertEquals(wall(zone, f.toLocalDate(), inGap), f.toLocalTime(), f.toString());
        }

        List<ZonedDateTime> overlapJob = fires(new TimerSpec(null, cron(inOverlap), zoneId), zone);
        assertEquals(365, overlapJob.size(), "one fire per day of 2026");
        for (int d = 0; d < overlapJob.size(); d++) {
            ZonedDateTime f = overlapJob.get(d);
            assertEquals(START.plusDays(d), f.toLocalDate(), f.toString());
            assertEquals(wall(zone, f.toLocalDate(), inOverlap), f.toLocalTime(), f.toString());
        }
        ZonedDateTime overlap = overlapJob.stream().filter(f -> f.toLocalDate().equals(autumn)).findFirst().orElseThrow();
        assertEquals(zone.getRules().getValidOffsets(overlap.toLocalDateTime()).get(0), overlap.getOffset(),
                "the first of the two occurrences");
    }

    @ParameterizedTest
    @CsvSource({"Europe/Berlin, 2026-03-29, 2026-10-25", "America/New_York, 2026-03-08, 2026-11-01"})
    void anHourlyJobTicksOncePerWallClockHourOnBothChanges(String zoneId, LocalDate spring, LocalDate autumn) {
        ZoneId zone = ZoneId.of(zoneId);
        TimerSpec hourly = new TimerSpec(null, "0 * * * *", zoneId);
        for (LocalDate day : List.of(spring, autumn)) {
            long at = hourly.first(day.atStartOfDay(zone).toInstant().toEpochMilli() - 1);
            List<LocalTime> hours = new ArrayList<>();
            while (Instant.ofEpochMilli(at).atZone(zone).toLocalDate().equals(day)) {
                hours.add(Instant.ofEpochMilli(at).atZone(zone).toLocalTime());
                at = hourly.next(at, at);
            }
            assertEquals(day.equals(spring) ? 23 : 24, hours.size(), day + ": " + hours);
            assertEquals(hours.size(), hours.stream().distinct().count(), day + ": " + hours);
        }
    }

    @ParameterizedTest
    @CsvSource({"Europe/Berlin", "America/New_York"})
    void aTickMissedWhileDownFiresOnceThenTheScheduleGoesOn(String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        TimerSpec daily = new TimerSpec(null, "0 9 * * *", zoneId);
        long due = LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(zone).toInstant().toEpochMilli();
        long backUp = LocalDate.of(2026, 3, 5).atTime(12, 0).atZone(zone).toInstant().toEpochMilli();
        long next = daily.next(due, backUp);
        assertEquals(LocalDate.of(2026, 3, 6).atTime(9, 0).atZone(zone).toInstant().toEpochMilli(), next,
                "the ticks of the 3rd, 4th and 5th are not run in a burst");
        TimerSpec every15 = new TimerSpec(900, null);
        assertEquals(due + 900_000L * 289, every15.next(due, due + 900_000L * 288 + 1));
    }

    /** When a daily job at {@code t} fires on {@code day}: at {@code t}, or an hour later when {@code t} is in the gap. */
    private static LocalTime wall(ZoneId zone, LocalDate day, LocalTime t) {
        return zone.getRules().getValidOffsets(day.atTime(t)).isEmpty() ? t.plusHours(1) : t;
    }

    private static String cron(LocalTime t) {
        return t.getMinute() + " " + t.getHour() + " * * *";
    }

    private static List<ZonedDateTime> fires(TimerSpec timer, ZoneId zone) {
        List<ZonedDateTime> out = new ArrayList<>();
        long end = START.plusYears(1).atStartOfDay(zone).toInstant().toEpochMilli();
        for (long at = timer.first(START.atStartOfDay(zone).toInstant().toEpochMilli()); at < end; at = timer.next(at, at)) {
            out.add(Instant.ofEpochMilli(at).atZone(zone));
        }
        return out;
    }
}
