package io.millrace.application.execution;

import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parameters of a history filter as a request gives them, not parsed yet: the query of
 * {@code GET /v1/executions} (and its counts), or the {@code filter} object of a request body. The
 * repeatable ones ({@code status}, {@code workflow_id}, {@code project_id}, {@code trigger_type}) are lists whose
 * items may be comma-separated. {@link HistoryFilterParser} parses them.
 *
 * @param prefix what the parameters' names are prefixed with in error messages: "" for a query,
 *               {@code "filter."} for a body's {@code filter}
 */
public record HistoryParameters(List<String> status, List<String> workflowId, List<String> projectId,
                                List<String> triggerType, String replayed, String q, String since, String until,
                                String prefix) {
    public static final String STATUS = "status";
    public static final String WORKFLOW_ID = "workflow_id";
    public static final String PROJECT_ID = "project_id";
    public static final String TRIGGER_TYPE = "trigger_type";
    public static final String REPLAYED = "replayed";
    public static final String Q = "q";
    public static final String SINCE = "since";
    public static final String UNTIL = "until";
    /** Every parameter's name. */
    public static final Set<String> NAMES = Set.of(STATUS, WORKFLOW_ID, PROJECT_ID, TRIGGER_TYPE, REPLAYED, Q, SINCE,
            UNTIL);

    public HistoryParameters {
        status = status == null ? List.of() : List.copyOf(status);
        workflowId = workflowId == null ? List.of() : List.copyOf(workflowId);
        projectId = projectId == null ? List.of() : List.copyOf(projectId);
        triggerType = triggerType == null ? List.of() : List.copyOf(triggerType);
        prefix = prefix == null ? "" : prefix;
    }

    /** Query parameters (absent ones null or empty). */
    public static HistoryParameters ofQuery(List<String> status, List<String> workflowId, List<String> projectId,
                                            List<String> triggerType, String replayed, String q, String since,
                                            String until) {
        return new HistoryParameters(status, workflowId, projectId, triggerType, replayed, q, since, until, "");
    }

    /** The first history API's parameters: statuses, one workflow, a time range. */
    public static HistoryParameters of(String status, String workflowId, String since, String until) {
        return ofQuery(status == null ? null : List.of(status), workflowId == null ? null : List.of(workflowId),
                null, null, null, null, since, until);
    }

    /**
     * The object {@code field} of a request body: each parameter a string (a repeatable one also an array of
     * strings; {@code replayed} also a boolean); an unknown field or a value of another type is a 400 naming it.
     */
    public static HistoryParameters fromJson(JsonValue value, String field) {
        JsonObject o = BodyFields.body(value, field, NAMES, Set.of());
        String prefix = field + ".";
        return new HistoryParameters(strings(o, STATUS, prefix), strings(o, WORKFLOW_ID, prefix),
                strings(o, PROJECT_ID, prefix), strings(o, TRIGGER_TYPE, prefix), replayed(o, prefix),
                string(o, Q, prefix), string(o, SINCE, prefix), string(o, UNTIL, prefix), prefix);
    }

    /** The name of parameter {@code name} in errors. */
    public String field(String name) {
        return prefix + name;
    }

    private static List<String> strings(JsonObject o, String name, String prefix) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (v instanceof JsonString s) {
            return List.of(s.getString());
        }
        if (v instanceof JsonArray array) {
            List<String> out = new ArrayList<>(array.size());
            for (JsonValue item : array) {
                if (!(item instanceof JsonString s)) {
                    throw new InvalidInputException(prefix + name,
                            prefix + name + " must be a string or an array of strings");
                }
                out.add(s.getString());
            }
            return out;
        }
        throw new InvalidInputException(prefix + name, prefix + name + " must be a string or an array of strings");
    }

    private static String string(JsonObject o, String name, String prefix) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new InvalidInputException(prefix + name, prefix + name + " must be a string");
    }

    private static String replayed(JsonObject o, String prefix) {
        JsonValue v = o.get(REPLAYED);
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v.toString();
        }
        return string(o, REPLAYED, prefix);
    }
}
