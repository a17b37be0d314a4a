package io.millrace.execution;

import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Executions and their step results. */
public interface ExecutionRepository {
    Optional<Execution> execution(String id);

    /** A workflow's executions, newest first, optionally only those with {@code status}. */
    Page<Execution> executions(String workflowId, ExecutionStatus status, PageRequest page);

    /** The step results of an execution, in step order. */
    List<StepRun> stepRuns(String executionId);

    void add(Execution execution);

    /** Ids of executions that finished before {@code cutoff} (epoch ms), after {@code afterId}, in id order. */
    List<String> finishedBefore(long cutoff, String afterId, int limit);

    /** Deletes an execution and its step results. */
    void delete(String executionId);

    /** Stores a step result; a result already stored for the same step is kept, not replaced. */
    void add(StepRun stepRun);
}
