package io.millrace.domain.execution;

import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Executions and their step results. */
public interface ExecutionRepository {
    Optional<Execution> execution(String id);

    /**
     * The execution read again from the database and locked for update until the transaction ends: a resume URL
     * and the worker starting the same paused execution (its delay or suspend timeout ran out) take it in turn, so
     * exactly one of them acts on the pause.
     */
    default Optional<Execution> executionForUpdate(String id) {
        return execution(id);
    }

    /** A workflow's executions, newest first, optionally only those with {@code status}. */
    Page<Execution> executions(String workflowId, ExecutionStatus status, PageRequest page);

    /** The executions of the workspace's workflows (deleted ones left out) that {@code filter} lets through, newest first. */
    Page<Execution> history(String workspaceId, HistoryFilter filter, PageRequest page);

    /** How many executions of that history there are per status (statuses without any left out). */
    Map<ExecutionStatus, Long> historyCounts(String workspaceId, HistoryFilter filter);

    /**
     * The ids of the finished executions of that history (deleted workflows left out), newest first, at most
     * {@code limit}: what a delete by filter removes next.
     */
    List<String> finishedInHistory(String workspaceId, HistoryFilter filter, int limit);

    /**
     * The status of each of {@code ids} that is an execution of the workspace's workflows (deleted ones too) outside
     * the hidden projects; the others are not in the answer.
     */
    Map<String, ExecutionStatus> statusesOf(String workspaceId, Set<String> hiddenProjects, Collection<String> ids);

    /** Deletes those of {@code ids} that have finished, with their step results; returns how many were deleted. */
    int deleteFinished(Collection<String> ids);

    /** The step results of an execution, in step order. */
    List<StepRun> stepRuns(String executionId);

    /** The ids of the executions that replay {@code executionId}, oldest first (at most {@code limit}). */
    List<String> replaysOf(String executionId, int limit);

    void add(Execution execution);

    /** Executions let through the gate (dispatched) that no worker has started yet, of every workflow. */
    List<Execution> dispatchedNotStarted();

    /** Executions a worker runs now (or ran when the server stopped), of every workflow. */
    List<Execution> executing();

    /** Executions waiting at the workflow's gate (queued, not dispatched), oldest first. */
    List<Execution> waitingAtGate(String workflowId, int limit);

    /** Cancels every execution waiting at the workflow's gate (its workflow is being deleted). */
    void cancelWaiting(String workflowId, long now);

    /** How many executions wait at the workflow's gate. */
    long countWaiting(String workflowId);

    /** Executions let through the gate and not finished, per concurrency key value. */
    Map<String, Integer> inFlightByKey(String workflowId);

    /** The workflow's executions per status, and of the queued ones, how many wait at the gate. */
    QueueCounts queueCounts(String workflowId);

    /** Ids of executions that finished before {@code cutoff} (epoch ms), after {@code afterId}, in id order. */
    List<String> finishedBefore(long cutoff, String afterId, int limit);

    /**
     * The workflow's finished executions that began before {@code createdBefore} (epoch ms) and come after
     * {@code after} in (createdAt, id) order, oldest first, at most {@code limit}: what its retention settings
     * delete next.
     */
    List<ExecutionKey> finishedOfWorkflowBefore(String workflowId, long createdBefore, ExecutionKey after, int limit);

    /** When the workflow's {@code n}-th newest execution began (epoch ms), or null when it has fewer than {@code n}. */
    Long createdAtOfNewest(String workflowId, int n);

    /** Deletes the step results of an execution (one that keeps no data, once finished). */
    void deleteStepRuns(String executionId);

    /** Deletes an execution and its step results. */
    void delete(String executionId);

    /** Stores the result of a step that had no stored result when its execution's run started. */
    void insertStepRun(StepRun stepRun);

    /**
     * Stores the result of a step that had a stored result when its execution's run started: a paused one
     * (a failed attempt waiting to be retried) is replaced; a finished one is kept, and {@code stepRun} dropped.
     */
    void replaceStepRun(StepRun stepRun);

    /** Stores the changes made to a stored step result read in the same transaction (a resumed pause). */
    void updateStepRun(StepRun stepRun);
}
