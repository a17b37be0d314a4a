package io.millrace.application;

import io.millrace.execution.Execution;
import io.millrace.execution.ExecutionStatus;
import io.millrace.shared.InvalidInputException;
import io.millrace.workspace.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Acting on one execution: run a paused retry now, or cancel. Checks come first, outside transactions. */
@ApplicationScoped
public class ExecutionCommands {
    static final String CANCELLED = "{\"name\":\"Cancelled\",\"message\":\"the execution was cancelled\"}";

    @Inject
    ExecutionQueries queries;
    @Inject
    ExecutionStore store;

    /** Runs the failed step of a paused execution now instead of at its scheduled retry. */
    public ExecutionView rerun(User caller, String executionId) {
        Execution execution = queries.get(caller, executionId).execution();
        if (execution.status() != ExecutionStatus.PAUSED) {
            throw new InvalidInputException(null, "execution " + executionId + " is not waiting to retry a step"
                    + " (status " + execution.status().wireName() + ")");
        }
        store.rerunNow(executionId);
        return queries.get(caller, executionId);
    }

    /** Cancels an execution that has not finished; a running step completes, nothing runs after it. */
    public ExecutionView cancel(User caller, String executionId) {
        Execution execution = queries.get(caller, executionId).execution();
        if (execution.status().finished()) {
            throw new InvalidInputException(null, "execution " + executionId + " has already finished"
                    + " (status " + execution.status().wireName() + ")");
        }
        store.finish(executionId, ExecutionStatus.CANCELLED, CANCELLED);
        return queries.get(caller, executionId);
    }
}
