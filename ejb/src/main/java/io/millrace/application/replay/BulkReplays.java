package io.millrace.application.replay;

import io.millrace.application.execution.ExecutionDeletions;
import io.millrace.application.execution.HistoryFilters;
import io.millrace.application.execution.HistoryParameters;
import io.millrace.application.project.ProjectAccess;
import io.millrace.domain.execution.ExecutionRepository;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.HistoryFilter;
import io.millrace.domain.replay.ReplayItem;
import io.millrace.domain.replay.ReplayItemState;
import io.millrace.domain.replay.ReplayJob;
import io.millrace.domain.replay.ReplayJobRepository;
import io.millrace.domain.replay.ReplayJobRepository.Selected;
import io.millrace.domain.replay.ReplayJobStatus;
import io.millrace.domain.workspace.User;
import io.millrace.shared.BodyFields;
import io.millrace.shared.ConflictException;
import io.millrace.shared.ForbiddenException;
import io.millrace.shared.Ids;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bulk replays ({@code /v1/replays}): a job replays executions of the caller's workspace chosen by
 * {@code execution_ids} or by the history's {@code filter}, oldest first, with a Jakarta Batch job
 * ({@link ReplayRuns}). The selection is frozen when the job is created (a member's selection holds only what it
 * may see); the job, its stop, restart and abandon are audited.
 */
@ApplicationScoped
public class BulkReplays {
    /** The most ids one request may name. */
    public static final int MAX_IDS = 1000;
    /** The most executions one job may replay. */
    public static final int MAX_SELECTION = 100_000;
    /** Items stored per transaction when the selection is frozen. */
    static final int CHUNK = 500;
    /** The most failed or skipped items a job's view lists. */
    static final int PROBLEMS_SHOWN = 20;
    static final String IDS = "execution_ids";
    static final String FILTER = "filter";

    @Inject
    ReplayJobRepository jobs;
    @Inject
    ExecutionRepository executions;
    @Inject
    HistoryFilters historyFilters;
    @Inject
    ProjectAccess projectAccess;
    @Inject
    ReplayJobWriter writer;
    @Inject
    ReplayRuns runs;

    /** Creates and starts a job for what the body names: {@code {"execution_ids": [...]}} or {@code {"filter": {...}}}. */
    public ReplayJobView start(User caller, JsonValue body) {
        JsonObject o = BodyFields.body(body, Set.of(IDS, FILTER));
        boolean byIds = given(o.get(IDS));
        boolean byFilter = given(o.get(FILTER));
        if (byIds && byFilter) {
            throw new InvalidInputException(FILTER, "give either execution_ids or filter, not both");
        }
        if (!byIds && !byFilter) {
            throw new InvalidInputException(IDS, "give execution_ids (the executions to replay) or filter (which of"
                    + " the history to replay)");
        }
        String id = Ids.random("rpl_");
        long now = System.currentTimeMillis();
        int total;
        JsonObject details;
        String filterJson = null;
        if (byIds) {
            total = freeze(id, selectedIds(caller, ids(o)));
            details = Jsonp.createObjectBuilder().add("by", "ids").build();
        } else {
            HistoryFilter filter = historyFilters.of(caller, HistoryParameters.fromJson(o.get(FILTER), FILTER));
            if (!filter.narrows()) {
                throw new InvalidInputException(FILTER, "filter must name at least one condition ("
                        + String.join(", ", HistoryParameters.NAMES.stream().sorted().toList())
                        + "); to replay the whole history, give until");
            }
            JsonObject described = ExecutionDeletions.describe(filter);
            filterJson = JsonText.write(described);
            total = freezeFiltered(id, caller.workspaceId(), filter.untilAtMost(now + 1));
            details = Jsonp.createObjectBuilder().add("by", "filter").add("filter", described).build();
        }
        ReplayJob job = new ReplayJob(id, caller.workspaceId(), caller.id(), now, byIds ? "ids" : "filter", filterJson,
                total);
        if (total == 0) {
            job.moveTo(ReplayJobStatus.COMPLETED, now);
        }
        writer.create(job, details);
        if (total > 0) {
            try {
                writer.attach(id, runs.start(id));
            } catch (RuntimeException e) {
                writer.ended(id, ReplayJobStatus.FAILED);
                throw e;
            }
        }
        return view(caller.workspaceId(), id);
    }

    /** The workspace's jobs, newest first. */
    public Page<ReplayJobView> list(User caller, PageRequest page) {
        long now = System.currentTimeMillis();
        return jobs.jobs(caller.workspaceId(), page).map(j -> new ReplayJobView(j, j.progress(now), List.of()));
    }

    /** One job of the caller's workspace, with its first failed and skipped items. */
    public ReplayJobView get(User caller, String id) {
        return view(caller.workspaceId(), id);
    }

    /** As {@link #get}, by workspace (the progress stream reads it after its request ended). */
    public ReplayJobView view(String workspaceId, String id) {
        ReplayJob job = jobs.job(workspaceId, id)
                .orElseThrow(() -> new NotFoundException("replay " + Quoted.value(id) + " not found"));
        List<ReplayItem> problems = new ArrayList<>();
        if (job.failed() > 0) {
            problems.addAll(jobs.items(id, ReplayItemState.FAILED, PROBLEMS_SHOWN));
        }
        if (job.skipped() > 0 && problems.size() < PROBLEMS_SHOWN) {
            problems.addAll(jobs.items(id, ReplayItemState.SKIPPED, PROBLEMS_SHOWN - problems.size()));
        }
        return new ReplayJobView(job, job.progress(System.currentTimeMillis()), problems);
    }

    /** Asks the job to stop after the item it is on; 409 unless it is starting or running. */
    public ReplayJobView stop(User caller, String id) {
        controlled(caller, id);
        ReplayJob job = writer.stopping(caller.workspaceId(), id);
        if (job.batchExecutionId() != null && !runs.stop(job.batchExecutionId())) {
            writer.ended(id, outcomeOf(runs.status(job.batchExecutionId())));
        }
        return view(caller.workspaceId(), id);
    }

    /** Restarts a stopped or failed job from its checkpoint; 409 otherwise. */
    public ReplayJobView restart(User caller, String id) {
        ReplayJob job = controlled(caller, id);
        if (job.batchExecutionId() != null && job.status().restartable()) {
            awaitBatchEnd(job.batchExecutionId());
        }
        ReplayJob restarted = writer.restart(caller.workspaceId(), id, runs);
        return view(caller.workspaceId(), restarted.id());
    }

    /** Abandons a stopped or failed job for good; 409 otherwise. */
    public ReplayJobView abandon(User caller, String id) {
        ReplayJob job = controlled(caller, id);
        if (job.batchExecutionId() != null && job.status().abandonable()) {
            awaitBatchEnd(job.batchExecutionId());
        }
        writer.abandon(caller.workspaceId(), id, runs);
        return view(caller.workspaceId(), id);
    }

    /**
     * The caller's workspace's job {@code id} (else 404) when the caller may stop, restart or abandon it: it started
     * the job, or it is an admin or the owner of the workspace (else 403).
     */
    private ReplayJob controlled(User caller, String id) {
        ReplayJob job = jobs.job(caller.workspaceId(), id)
                .orElseThrow(() -> new NotFoundException("replay " + Quoted.value(id) + " not found"));
        if (!job.createdBy().equals(caller.id()) && !projectAccess.managesWorkspace()) {
            throw new ForbiddenException("only the member who started the replay and the workspace's admins and owner"
                    + " may stop, restart or abandon it");
        }
        return job;
    }

    /** The replay job's state for a batch status that ended. */
    static ReplayJobStatus outcomeOf(String batchStatus) {
        if (batchStatus == null) {
            return ReplayJobStatus.FAILED;
        }
        return switch (batchStatus) {
            case "COMPLETED" -> ReplayJobStatus.COMPLETED;
            case "STOPPED", "STOPPING" -> ReplayJobStatus.STOPPED;
            case "ABANDONED" -> ReplayJobStatus.ABANDONED;
            default -> ReplayJobStatus.FAILED;
        };
    }

    /**
     * Waits a little for the batch runtime to finish ending an execution whose job's listener said it ended: the
     * listener runs just before the runtime records the final status, and a restart or abandon needs that status.
     */
    private void awaitBatchEnd(long executionId) {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            String status = runs.status(executionId);
            if (status == null || !(status.equals("STARTING") || status.equals("STARTED") || status.equals("STOPPING"))) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConflictException("interrupted while waiting for the replay's batch job to end");
            }
        }
    }

    /** The ids checked (each the caller's and visible; otherwise a 404 naming its place), oldest first. */
    private List<Selected> selectedIds(User caller, List<String> requested) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(requested));
        Map<String, ExecutionStatus> found = executions.statusesOf(caller.workspaceId(), projectAccess.hidden().ids(), ids);
        for (int i = 0; i < requested.size(); i++) {
            if (!found.containsKey(requested.get(i))) {
                throw new NotFoundException("execution " + Quoted.value(requested.get(i)) + " not found ("
                        + IDS + "[" + i + "]); nothing was replayed");
            }
        }
        return jobs.oldestFirst(ids);
    }

    /** Stores the selection as the job's items, in chunks; returns how many. */
    private int freeze(String jobId, List<Selected> selected) {
        for (int from = 0; from < selected.size(); from += CHUNK) {
            List<ReplayItem> items = new ArrayList<>(CHUNK);
            for (int i = from; i < Math.min(selected.size(), from + CHUNK); i++) {
                items.add(new ReplayItem(jobId, selected.get(i).id(), i));
            }
            writer.addItems(items);
        }
        return selected.size();
    }

    /** Stores the filtered history as the job's items, oldest first, in chunks; returns how many. */
    private int freezeFiltered(String jobId, String workspaceId, HistoryFilter snapshot) {
        long count = executions.historyCounts(workspaceId, snapshot).values().stream().mapToLong(Long::longValue).sum();
        if (count > MAX_SELECTION) {
            throw new InvalidInputException(FILTER, "the filter selects " + count + " executions, more than "
                    + MAX_SELECTION + " for one replay; narrow it (since, until) and replay in parts");
        }
        int position = 0;
        Selected after = null;
        while (true) {
            List<Selected> page = jobs.oldestFirst(workspaceId, snapshot, after, CHUNK);
            List<ReplayItem> items = new ArrayList<>(page.size());
            for (Selected s : page) {
                items.add(new ReplayItem(jobId, s.id(), position++));
            }
            if (!items.isEmpty()) {
                writer.addItems(items);
            }
            if (page.size() < CHUNK) {
                return position;
            }
            after = page.get(page.size() - 1);
        }
    }

    /** The ids of the body: 1 to {@value #MAX_IDS} strings. */
    private static List<String> ids(JsonObject o) {
        JsonArray array = BodyFields.array(o, IDS);
        if (array.isEmpty() || array.size() > MAX_IDS) {
            throw new InvalidInputException(IDS, IDS + " must hold 1 to " + MAX_IDS + " execution ids (it has "
                    + array.size() + ")");
        }
        List<String> ids = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString s) || s.getString().isBlank()) {
                throw new InvalidInputException(IDS + "[" + i + "]", IDS + "[" + i + "] must be an execution id (a string)");
            }
            ids.add(s.getString());
        }
        return ids;
    }

    private static boolean given(JsonValue v) {
        return v != null && v.getValueType() != JsonValue.ValueType.NULL;
    }
}
