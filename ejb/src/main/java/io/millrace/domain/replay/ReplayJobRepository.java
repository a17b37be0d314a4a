package io.millrace.domain.replay;

import io.millrace.domain.execution.HistoryFilter;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Replay jobs and their items. */
public interface ReplayJobRepository {
    void add(ReplayJob job);

    /** Adds items of a job's selection (in the caller's transaction). */
    void addItems(List<ReplayItem> items);

    /** A job of the workspace. */
    Optional<ReplayJob> job(String workspaceId, String id);

    /** A job by id alone (the batch job knows only the id). */
    Optional<ReplayJob> job(String id);

    /** The same job, locked for update until the transaction ends. */
    Optional<ReplayJob> lock(String id);

    /** The workspace's jobs, newest first. */
    Page<ReplayJob> jobs(String workspaceId, PageRequest page);

    /** Jobs in one of the states a server start must look at. */
    List<ReplayJob> inStates(List<ReplayJobStatus> states);

    /** The pending items after {@code afterPosition}, in position order, at most {@code limit}. */
    List<ReplayItem> pendingAfter(String jobId, int afterPosition, int limit);

    /**
     * Locks the item until the transaction ends when it is still pending; false (nothing locked) when it was handled
     * already or is not an item of the job.
     */
    boolean lockPending(String jobId, String executionId);

    /**
     * Moves an item from {@code pending} to {@code state} (with the new execution or the reason) and counts it on
     * its job, in the caller's transaction. False, and nothing changed, when the item is not pending: it was handled
     * already.
     */
    boolean settle(String jobId, String executionId, ReplayItemState state, String replayId, String reason);

    /** Items of a job in {@code state}, by position, at most {@code limit}. */
    List<ReplayItem> items(String jobId, ReplayItemState state, int limit);

    /**
     * The next at most {@code limit} executions of the workspace's history that {@code filter} lets through, oldest
     * first (by creation, then id), after {@code after} (null: from the oldest).
     */
    List<Selected> oldestFirst(String workspaceId, HistoryFilter filter, Selected after, int limit);

    /** Those of {@code ids} that are executions, oldest first. */
    List<Selected> oldestFirst(Collection<String> ids);

    /** Ids of jobs that settled (stopped, completed, failed, abandoned) before {@code cutoff}, at most {@code limit}. */
    List<String> settledBefore(long cutoff, int limit);

    /**
     * Deletes the job and its items when it is still settled since before {@code cutoff} (a restart in between keeps
     * it), in the caller's transaction; false when nothing was deleted.
     */
    boolean deleteSettled(String jobId, long cutoff);

    /** An execution chosen for a replay job, and when it was created (its place in the selection). */
    record Selected(String id, long createdAt) {
    }
}
