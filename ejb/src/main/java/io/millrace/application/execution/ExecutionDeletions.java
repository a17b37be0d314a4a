package io.millrace.application.execution;

import io.millrace.application.project.ProjectAccess;
import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionRepository;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.HistoryFilter;
import io.millrace.domain.execution.TriggerType;
import io.millrace.domain.workspace.User;
import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Jsonp;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Deleting executions in bulk ({@code POST /v1/executions/delete}): by {@code ids} (at most {@value #MAX_IDS},
 * each an execution of the caller's workspace that the caller may see) or by {@code filter} (the history's
 * filter, {@link HistoryParameters}). Only finished executions are deleted, with their step results; the others
 * are skipped and reported. Checks come first, outside transactions; the deletes run in chunks of
 * {@value #CHUNK}, each its own short transaction ({@link ExecutionDeleteWriter}), and the one audit event goes
 * with the last chunk. A delete by filter removes what the history held when the request came: executions that
 * begin meanwhile are not touched.
 */
@ApplicationScoped
public class ExecutionDeletions {
    /** The most ids one request may name. */
    public static final int MAX_IDS = 1000;
    /** Executions deleted per transaction. */
    static final int CHUNK = 200;
    /** The most skipped executions a delete by filter lists (all are counted). */
    static final int SKIPPED_SHOWN = 100;
    private static final Set<ExecutionStatus> OPEN =
            EnumSet.of(ExecutionStatus.QUEUED, ExecutionStatus.EXECUTING, ExecutionStatus.PAUSED);

    @Inject
    ExecutionRepository executions;
    @Inject
    HistoryFilters historyFilters;
    @Inject
    ProjectAccess projectAccess;
    @Inject
    ExecutionDeleteWriter writer;

    /**
     * What a bulk delete did.
     *
     * @param deleted      how many executions were deleted
     * @param skipped      executions left alone because they have not finished (by filter: the newest
     *                     {@value #SKIPPED_SHOWN})
     * @param skippedCount how many were left alone
     */
    public record Result(int deleted, List<Skipped> skipped, long skippedCount) {
    }

    /** An execution left alone, and its status then. */
    public record Skipped(String id, ExecutionStatus status) {
    }

    /** Deletes what the body names: {@code {"ids": [...]}} or {@code {"filter": {...}}}. */
    public Result delete(User caller, JsonValue body) {
        JsonObject o = BodyFields.body(body, Set.of("ids", "filter"));
        boolean byIds = given(o.get("ids"));
        boolean byFilter = given(o.get("filter"));
        if (byIds && byFilter) {
            throw new InvalidInputException("filter", "give either ids or filter, not both");
        }
        if (!byIds && !byFilter) {
            throw new InvalidInputException("ids", "give ids (the executions to delete) or filter (which of the "
                    + "history to delete)");
        }
        return byIds ? byIds(caller, ids(o)) : byFilter(caller, HistoryParameters.fromJson(o.get("filter"), "filter"));
    }

    private Result byIds(User caller, List<String> requested) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(requested));
        Map<String, ExecutionStatus> found = executions.statusesOf(caller.workspaceId(), projectAccess.hidden().ids(), ids);
        for (int i = 0; i < requested.size(); i++) {
            if (!found.containsKey(requested.get(i))) {
                throw new NotFoundException("execution " + Quoted.value(requested.get(i)) + " not found (ids[" + i
                        + "]); nothing was deleted");
            }
        }
        List<Skipped> skipped = new ArrayList<>();
        List<String> finished = new ArrayList<>();
        for (String id : ids) {
            ExecutionStatus status = found.get(id);
            if (status.finished()) {
                finished.add(id);
            } else {
                skipped.add(new Skipped(id, status));
            }
        }
        JsonObject details = Jsonp.createObjectBuilder().add("by", "ids").add("requested", ids.size())
                .add("skipped", skipped.size()).build();
        int deleted = 0;
        for (int from = 0; from < finished.size(); from += CHUNK) {
            int to = Math.min(finished.size(), from + CHUNK);
            ExecutionDeleteWriter.Last last = to == finished.size()
                    ? new ExecutionDeleteWriter.Last(caller.workspaceId(), deleted, details) : null;
            deleted += writer.deleteChunk(finished.subList(from, to), last);
        }
        return new Result(deleted, skipped, skipped.size());
    }

    private Result byFilter(User caller, HistoryParameters parameters) {
        HistoryFilter filter = historyFilters.of(caller, parameters);
        if (!filter.narrows()) {
            throw new InvalidInputException("filter", "filter must name at least one condition ("
                    + String.join(", ", HistoryParameters.NAMES.stream().sorted().toList())
                    + "); to delete the whole history, give until");
        }
        HistoryFilter snapshot = filter.untilAtMost(System.currentTimeMillis() + 1);
        JsonObject details = Jsonp.createObjectBuilder().add("by", "filter").add("filter", describe(filter)).build();
        int deleted = 0;
        while (true) {
            ExecutionDeleteWriter.Chunk chunk = writer.deleteNext(caller.workspaceId(), snapshot, CHUNK,
                    new ExecutionDeleteWriter.Last(caller.workspaceId(), deleted, details));
            deleted += chunk.deleted();
            if (chunk.last()) {
                break;
            }
        }
        Set<ExecutionStatus> open = EnumSet.copyOf(OPEN);
        if (!filter.statuses().isEmpty()) {
            open.retainAll(filter.statuses());
        }
        if (open.isEmpty()) {
            return new Result(deleted, List.of(), 0);
        }
        Page<Execution> left = executions.history(caller.workspaceId(), snapshot.withStatuses(open),
                new PageRequest(SKIPPED_SHOWN, null, null));
        long skipped = left.totalExact() ? left.totalCount() : executions.historyCounts(caller.workspaceId(),
                snapshot.withStatuses(open)).values().stream().mapToLong(Long::longValue).sum();
        return new Result(deleted, left.items().stream().map(e -> new Skipped(e.id(), e.status())).toList(), skipped);
    }

    /** The ids of the body: 1 to {@value #MAX_IDS} strings. */
    private static List<String> ids(JsonObject o) {
        JsonArray array = BodyFields.array(o, "ids");
        if (array.isEmpty() || array.size() > MAX_IDS) {
            throw new InvalidInputException("ids", "ids must hold 1 to " + MAX_IDS + " execution ids (it has "
                    + array.size() + ")");
        }
        List<String> ids = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString s) || s.getString().isBlank()) {
                throw new InvalidInputException("ids[" + i + "]", "ids[" + i + "] must be an execution id (a string)");
            }
            ids.add(s.getString());
        }
        return ids;
    }

    /** The filter as the audit event tells it: the conditions given, normalised. */
    public static JsonObject describe(HistoryFilter f) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder();
        array(b, HistoryParameters.STATUS, f.statuses(), ExecutionStatus::wireName);
        array(b, HistoryParameters.WORKFLOW_ID, f.workflowIds(), Function.identity());
        array(b, HistoryParameters.PROJECT_ID, f.projectIds(), Function.identity());
        array(b, HistoryParameters.TRIGGER_TYPE, f.triggerTypes(), TriggerType::wireName);
        if (f.replayed() != null) {
            b.add(HistoryParameters.REPLAYED, f.replayed());
        }
        if (f.errorText() != null) {
            b.add(HistoryParameters.Q, f.errorText());
        }
        if (f.since() != null) {
            b.add(HistoryParameters.SINCE, Instant.ofEpochMilli(f.since()).toString());
        }
        if (f.until() != null) {
            b.add(HistoryParameters.UNTIL, Instant.ofEpochMilli(f.until()).toString());
        }
        return b.build();
    }

    private static <T> void array(JsonObjectBuilder b, String name, Set<T> values, Function<T, String> wire) {
        if (!values.isEmpty()) {
            JsonArrayBuilder a = Jsonp.createArrayBuilder();
            values.stream().map(wire).sorted().forEach(a::add);
            b.add(name, a);
        }
    }

    private static boolean given(JsonValue v) {
        return v != null && v.getValueType() != JsonValue.ValueType.NULL;
    }
}
