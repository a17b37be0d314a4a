package io.millrace.application.audit;

import io.millrace.domain.audit.AuditFilter;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Quoted;
import io.millrace.shared.TimeParameters;
import java.util.regex.Pattern;

/**
 * Reads the filters of the audit log's query: {@code action} (a name such as {@code workflow.deployed} or a
 * prefix ending in a dot, {@code workflow.}), {@code actor_id}, {@code target_id}, {@code since} and
 * {@code until} (ISO-8601: {@code 2026-12-07T10:15:30Z}, with an offset, or a date meaning its start in
 * UTC). A bad value is a 400 naming its parameter; blank values do not filter.
 */
public final class AuditFilters {
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z_]{0,40}(\\.[a-z_]{0,40})?");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");

    private AuditFilters() {
    }

    public static AuditFilter parse(String action, String actorId, String targetId, String since, String until) {
        Long from = time(since, "since");
        Long to = time(until, "until");
        if (from != null && to != null && to < from) {
            throw new InvalidInputException("until", "until must not be before since");
        }
        return new AuditFilter(matching(action, ACTION, "action",
                "an action name such as 'workflow.deployed' or a prefix ending in a dot such as 'workflow.'"),
                matching(actorId, ID, "actor_id", "an id of at most 64 letters, digits, '_', '.', '@' or '-'"),
                matching(targetId, ID, "target_id", "an id of at most 64 letters, digits, '_', '.', '@' or '-'"),
                from, to);
    }

    private static String matching(String value, Pattern pattern, String field, String rule) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            throw new InvalidInputException(field, field + " " + Quoted.value(value) + " is not " + rule);
        }
        return value;
    }

    /** Epoch ms of an ISO-8601 instant, date-time with offset, or date (UTC); see {@link TimeParameters}. */
    static Long time(String value, String field) {
        return TimeParameters.epochMillis(value, field);
    }
}
