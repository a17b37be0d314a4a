package io.millrace.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.source.TimerSpec;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Schedule triggers: parsing, the seed's event fields, and next fire times across daylight-saving changes. */
class ScheduleTriggerTest {
    private static final String STEP = "{\"name\":\"a\",\"code\":\"export default {run(){}}\"}";

    private static WorkflowDefinition parse(String trigger) {
        return DefinitionParser.parse(JsonText.parse("{\"name\":\"w\",\"triggers\":[" + trigger + "],\"steps\":["
                + STEP + "]}"), null).definition();
    }

    private static long at(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    private static List<Instant> next(TimerSpec timer, String now, int count) {
        return ScheduleEvent.next(timer, at(now), count).stream().map(Instant::ofEpochMilli).toList();
    }

    @Test
    void cronWithTimezoneAndIntervalAreParsedAndSurviveStorage() {
        TriggerSpec cron = parse("{\"type\":\"schedule\",\"cron\":\"0 9 * * 1-5\",\"timezone\":\"Europe/Berlin\"}")
                .triggers().get(0);
        assertEquals(new TimerSpec(null, "0 9 * * 1-5", "Europe/Berlin"), cron.schedule());
        assertEquals(cron, TriggerSpec.fromJson(cron.toJson()));
        TriggerSpec every = parse("{\"type\":\"schedule\",\"interval_seconds\":900}").triggers().get(0);
        assertEquals(new TimerSpec(900, null), every.schedule());
        assertEquals(every, TriggerSpec.fromJson(every.toJson()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"schedule\",\"cron\":\"61 * * * *\"}|triggers[0].cron",
        "{\"type\":\"schedule\",\"cron\":\"0 9 * * *\",\"timezone\":\"Mars/Olympus\"}|triggers[0].timezone",
        "{\"type\":\"schedule\",\"interval_seconds\":0}|triggers[0].interval_seconds",
        "{\"type\":\"schedule\",\"interval_seconds\":\"often\"}|triggers[0].interval_seconds",
        "{\"type\":\"schedule\"}|triggers[0]",
        "{\"type\":\"schedule\",\"cron\":\"0 9 * * *\",\"interval_seconds\":60}|triggers[0]",
        "{\"type\":\"schedule\",\"interval_seconds\":60,\"timezone\":\"UTC\"}|triggers[0].timezone",
        "{\"type\":\"schedule\",\"interval_seconds\":60,\"source_id\":\"dc_x\"}|triggers[0].source_id",
    })
    void badSchedulesNameTheField(String trigger, String field) {
        assertEquals(field, assertThrows(InvalidInputException.class, () -> parse(trigger)).field());
    }

    @Test
    void berlinWeekdayCronFollowsBothDaylightSavingChanges() {
        TimerSpec timer = new TimerSpec(null, "0 9 * * 1-5", "Europe/Berlin");
        // Summer time starts Sunday 2026-03-29: 09:00 is 08:00Z before, 07:00Z after.
        assertEquals(List.of(Instant.parse("2026-03-27T08:00:00Z"), Instant.parse("2026-03-30T07:00:00Z"),
                Instant.parse("2026-03-31T07:00:00Z")), next(timer, "2026-03-26T12:00:00Z", 3));
        // Summer time ends Sunday 2026-10-25.
        assertEquals(List.of(Instant.parse("2026-10-23T07:00:00Z"), Instant.parse("2026-10-26T08:00:00Z")),
                next(timer, "2026-10-22T12:00:00Z", 2));
    }

    @Test
    void newYorkDailyCronFollowsBothDaylightSavingChanges() {
        TimerSpec timer = new TimerSpec(null, "0 9 * * *", "America/New_York");
        assertEquals(List.of(Instant.parse("2026-03-07T14:00:00Z"), Instant.parse("2026-03-08T13:00:00Z")),
                next(timer, "2026-03-07T00:00:00Z", 2));
        assertEquals(List.of(Instant.parse("2026-10-31T13:00:00Z"), Instant.parse("2026-11-01T14:00:00Z")),
                next(timer, "2026-10-31T00:00:00Z", 2));
    }

    @Test
    void aTimeInTheRepeatedAutumnHourFiresOnceAndATimeInTheSpringGapFiresAfterTheJump() {
        List<Instant> autumn = next(new TimerSpec(null, "30 1 * * *", "America/New_York"), "2026-10-31T12:00:00Z", 2);
        assertEquals(Instant.parse("2026-11-01T05:30:00Z"), autumn.get(0), "01:30 EDT, the first of the two");
        assertEquals(Instant.parse("2026-11-02T06:30:00Z"), autumn.get(1), "the next day, not 01:30 EST again");
        List<Instant> spring = next(new TimerSpec(null, "30 2 * * *", "America/New_York"), "2026-03-07T12:00:00Z", 2);
        // 02:30 does not exist in New York on 2026-03-08 (02:00 EST -> 03:00 EDT): that day runs at 03:30 EDT.
        assertEquals(List.of(Instant.parse("2026-03-08T07:30:00Z"), Instant.parse("2026-03-09T06:30:00Z")), spring);
    }

    @Test
    void anIntervalCountsFromNowRegardlessOfTimezones() {
        assertEquals(List.of(Instant.parse("2026-03-29T00:15:00Z"), Instant.parse("2026-03-29T00:30:00Z")),
                next(new TimerSpec(900, null), "2026-03-29T00:00:00Z", 2));
    }

    @Test
    void theEventHasTheSeedsFieldsInTheConfiguredZoneAndUtc() {
        JsonObject e = ScheduleEvent.of(new TimerSpec(null, "0 9 * * 1-5", "Europe/Berlin"), at("2026-03-30T07:00:00Z"));
        assertEquals(at("2026-03-30T07:00:00Z") / 1000, e.getJsonNumber("timestamp").longValue());
        assertEquals("0 9 * * 1-5", e.getString("cron"));
        assertTrue(e.isNull("interval_seconds"));
        JsonObject local = e.getJsonObject("timezone_configured");
        assertEquals(9, local.getInt("hour"));
        assertEquals("Europe/Berlin", local.getString("timezone"));
        assertEquals("2026-03-30T09:00:00+02:00", local.getJsonObject("iso8601").getString("timestamp"));
        assertEquals("Monday", local.getString("day_of_week"));
        JsonObject utc = e.getJsonObject("timezone_utc");
        assertEquals(7, utc.getInt("hour"));
        assertEquals("2026-03-30T07:00:00Z", utc.getJsonObject("iso8601").getString("timestamp"));
        JsonObject every = ScheduleEvent.of(new TimerSpec(900, null), at("2026-03-30T07:00:00Z"));
        assertEquals(900, every.getInt("interval_seconds"));
        assertTrue(every.isNull("cron"));
        assertEquals("UTC", every.getJsonObject("timezone_configured").getString("timezone"));
    }
}
