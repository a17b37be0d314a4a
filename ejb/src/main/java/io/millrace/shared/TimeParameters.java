package io.millrace.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** Times given as request parameters ({@code since}, {@code until}): ISO-8601 instants, offsets or dates. */
public final class TimeParameters {
    private TimeParameters() {
    }

    /**
     * Epoch ms of an ISO-8601 instant, date-time with offset, or date (UTC midnight); null for none.
     *
     * @throws InvalidInputException naming {@code field} for anything else
     */
    public static Long epochMillis(String value, String field) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            if (value.endsWith("Z") || value.endsWith("z")) {
                return Instant.parse(value.toUpperCase(Locale.ROOT)).toEpochMilli();
            }
            return OffsetDateTime.parse(value).toInstant().toEpochMilli();
        } catch (DateTimeException | ArithmeticException e) {
            throw new InvalidInputException(field, field + " " + Quoted.value(value)
                    + " is not an ISO-8601 time such as 2026-12-07T10:15:30Z or a date such as 2026-12-07");
        }
    }
}
