package io.millrace.application.execution;

import io.millrace.domain.execution.ErrorText;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.HistoryFilter;
import io.millrace.domain.execution.TriggerType;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Quoted;
import io.millrace.shared.TimeParameters;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Parses {@link HistoryParameters} into a {@link HistoryFilter}: the one place where the history's filter
 * parameters are read, for the list, its counts, the delete by filter and any other work "by filter". Pure: it
 * checks the values' form only; whether the named workflows and projects exist for the caller is
 * {@link HistoryFilters}' part. Every bad value is a 400 naming its parameter.
 */
public final class HistoryFilterParser {
    /** The most workflows or projects one filter may name. */
    public static final int MAX_IDS = 100;
    /** The longest text search. */
    public static final int MAX_QUERY = 200;
    private static final String STATUSES = "queued, executing, success, error, timeout, paused, cancelled";
    private static final String TRIGGER_TYPES = "http, source, workflow, email, schedule";

    private HistoryFilterParser() {
    }

    /** The filter the parameters describe, hiding no project. */
    public static HistoryFilter parse(HistoryParameters p) {
        Set<ExecutionStatus> statuses = values(p.status(), p.field(HistoryParameters.STATUS), name -> {
            ExecutionStatus status = ExecutionStatus.fromWireName(name);
            if (status == null) {
                throw new InvalidInputException(p.field(HistoryParameters.STATUS), "unknown status " + Quoted.of(name)
                        + " (" + STATUSES + ", comma-separated)");
            }
            return status;
        });
        Set<TriggerType> triggers = values(p.triggerType(), p.field(HistoryParameters.TRIGGER_TYPE), name -> {
            TriggerType type = TriggerType.fromWireName(name);
            if (type == null) {
                throw new InvalidInputException(p.field(HistoryParameters.TRIGGER_TYPE), "unknown trigger type "
                        + Quoted.of(name) + " (" + TRIGGER_TYPES + ", comma-separated)");
            }
            return type;
        });
        Set<String> workflows = ids(p.workflowId(), p.field(HistoryParameters.WORKFLOW_ID), "workflows");
        Set<String> projects = ids(p.projectId(), p.field(HistoryParameters.PROJECT_ID), "projects");
        Long since = TimeParameters.epochMillis(p.since(), p.field(HistoryParameters.SINCE));
        Long until = TimeParameters.epochMillis(p.until(), p.field(HistoryParameters.UNTIL));
        if (since != null && until != null && until < since) {
            throw new InvalidInputException(p.field(HistoryParameters.UNTIL), p.field(HistoryParameters.UNTIL)
                    + " is before " + p.field(HistoryParameters.SINCE));
        }
        return new HistoryFilter(statuses, workflows, projects, triggers, replayed(p), query(p), since, until, Set.of());
    }

    /**
     * The values of a repeatable parameter, each item split at commas. An item that is empty as a whole is no
     * value ({@code status=}); an empty part of a list ({@code status=success,}) is a 400.
     */
    private static <T> Set<T> values(List<String> items, String field, Function<String, T> parse) {
        Set<T> out = new LinkedHashSet<>();
        for (String item : items) {
            if (item == null || item.isEmpty()) {
                continue;
            }
            for (String part : item.split(",", -1)) {
                String name = part.trim();
                if (name.isEmpty()) {
                    throw new InvalidInputException(field, field + " has an empty item: " + Quoted.of(item)
                            + " (values are comma-separated)");
                }
                out.add(parse.apply(name));
            }
        }
        return out;
    }

    private static Set<String> ids(List<String> items, String field, String what) {
        Set<String> ids = values(items, field, Function.identity());
        if (ids.size() > MAX_IDS) {
            throw new InvalidInputException(field, "a filter names at most " + MAX_IDS + " " + what + " (" + field
                    + " has " + ids.size() + ")");
        }
        return ids;
    }

    private static Boolean replayed(HistoryParameters p) {
        String value = p.replayed();
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(p.field(HistoryParameters.REPLAYED),
                    p.field(HistoryParameters.REPLAYED) + " must be true or false, not " + Quoted.of(value));
        };
    }

    /** The text search, lower-case, or null when none is given (an empty or blank {@code q}). */
    private static String query(HistoryParameters p) {
        String q = p.q() == null ? "" : p.q().strip();
        if (q.isEmpty()) {
            return null;
        }
        if (q.length() > MAX_QUERY) {
            throw new InvalidInputException(p.field(HistoryParameters.Q), p.field(HistoryParameters.Q)
                    + " must be at most " + MAX_QUERY + " characters");
        }
        return ErrorText.query(q);
    }
}
