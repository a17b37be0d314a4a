package io.millrace.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimerSpecTest {

    private static TimerSpec parse(String json) {
        return TimerSpec.parse(JsonText.parse(json), "configured_props.timer");
    }

    @Test
    void readsTheComponentApisAndTheAnswersForms() {
        assertEquals(new TimerSpec(60, null), parse("{\"intervalSeconds\": 60}"));
        assertEquals(new TimerSpec(60, null), parse("{\"interval_seconds\": 60}"));
        assertEquals(new TimerSpec(60, null), parse("{\"cron\": null, \"interval_seconds\": 60}"));
        assertEquals(new TimerSpec(null, "0 0 * * *"), parse("{\"cron\": \"0 0 * * *\"}"));
        assertEquals(new TimerSpec(null, "*/5 * * * *"), parse("{\"cron\": \"*/5 * * * *\", \"interval_seconds\": null}"));
        assertEquals(new TimerSpec(90, null), parse("{\"intervalSeconds\": \"90\"}"));
    }

    @Test
    void answersInTheSeedsShape() {
        assertEquals("{\"cron\":null,\"interval_seconds\":60}", JsonText.write(new TimerSpec(60, null).toJson()));
        assertEquals("{\"cron\":\"0 0 * * *\",\"interval_seconds\":null}",
                JsonText.write(new TimerSpec(null, "0 0 * * *").toJson()));
        assertEquals("{\"intervalSeconds\":60}", JsonText.write(new TimerSpec(60, null).toComponentJson()));
    }

    @Test
    void rejectsBadTimersNamingTheField() {
        assertEquals("configured_props.timer.intervalSeconds",
                assertThrows(InvalidInputException.class, () -> parse("{\"intervalSeconds\": 0}")).field());
        assertEquals("configured_props.timer.intervalSeconds",
                assertThrows(InvalidInputException.class, () -> parse("{\"intervalSeconds\": 1.5}")).field());
        assertEquals("configured_props.timer.cron",
                assertThrows(InvalidInputException.class, () -> parse("{\"cron\": \"not a cron\"}")).field());
        assertEquals("configured_props.timer.cron",
                assertThrows(InvalidInputException.class, () -> parse("{\"cron\": \"0 0 0 * * ?\"}")).field(),
                "Quartz's six fields are not UNIX cron");
        assertEquals("configured_props.timer",
                assertThrows(InvalidInputException.class, () -> parse("{\"cron\": \"0 0 * * *\", \"intervalSeconds\": 5}")).field());
        assertEquals("configured_props.timer",
                assertThrows(InvalidInputException.class, () -> parse("{}")).field());
        assertEquals("configured_props.timer.every",
                assertThrows(InvalidInputException.class, () -> parse("{\"every\": 5}")).field());
        assertEquals("configured_props.timer", assertThrows(InvalidInputException.class, () -> parse("60")).field());
    }

    @Test
    void intervalsTickEveryNSecondsAndSkipTicksMissedWhileDown() {
        TimerSpec every10 = new TimerSpec(10, null);
        assertEquals(1_010_000, every10.first(1_000_000));
        assertEquals(1_020_000, every10.next(1_010_000, 1_010_050));
        // the server was down from 1 010 000 to 1 055 500: the next tick keeps the phase, in the future
        assertEquals(1_060_000, every10.next(1_010_000, 1_055_500));
        assertEquals(1_070_000, every10.next(1_010_000, 1_060_000));
    }

    @Test
    void cronTicksAtTheNextMatchingMinuteInUtc() {
        TimerSpec daily = new TimerSpec(null, "0 0 * * *");
        long noon = Instant.parse("2026-03-01T12:00:00Z").toEpochMilli();
        assertEquals(Instant.parse("2026-03-02T00:00:00Z").toEpochMilli(), daily.first(noon));
        TimerSpec quarter = new TimerSpec(null, "*/15 * * * *");
        long at = Instant.parse("2026-03-01T12:15:00Z").toEpochMilli();
        assertEquals(Instant.parse("2026-03-01T12:30:00Z").toEpochMilli(), quarter.next(at, at + 20));
    }

    @Test
    void cronTakesATimeZone() {
        TimerSpec paris = parse("{\"cron\": \"0 9 * * *\", \"timezone\": \"Europe/Paris\"}");
        assertEquals(new TimerSpec(null, "0 9 * * *", "Europe/Paris"), paris);
        long noonUtc = Instant.parse("2026-07-01T12:00:00Z").toEpochMilli();
        assertEquals(Instant.parse("2026-07-02T07:00:00Z").toEpochMilli(), paris.first(noonUtc), "09:00 in Paris is 07:00 UTC in summer");
        assertEquals("{\"cron\":\"0 9 * * *\",\"interval_seconds\":null,\"timezone\":\"Europe/Paris\"}",
                JsonText.write(paris.toJson()));
        assertEquals(paris, TimerSpec.parse(paris.toJson(), "t"), "an answer can be sent back");
        assertEquals("configured_props.timer.timezone",
                assertThrows(InvalidInputException.class, () -> parse("{\"cron\": \"0 9 * * *\", \"timezone\": \"Mars/Olympus\"}")).field());
        assertEquals("configured_props.timer.timezone",
                assertThrows(InvalidInputException.class, () -> parse("{\"intervalSeconds\": 5, \"timezone\": \"UTC\"}")).field());
    }

    @Test
    void theTimerEventHasTheTimestampInSeconds() {
        assertEquals("{\"timestamp\":1593937896,\"interval_seconds\":3600}",
                JsonText.write(new TimerSpec(3600, null).event(1_593_937_896_123L)));
        assertEquals("{\"timestamp\":1593937896,\"cron\":\"0 * * * *\"}",
                JsonText.write(new TimerSpec(null, "0 * * * *").event(1_593_937_896_000L)));
    }
}
