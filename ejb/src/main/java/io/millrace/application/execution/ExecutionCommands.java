package io.millrace.application.execution;

import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.shared.InvalidInputException;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Quoted;
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
    @Inject
    FlowUrls flowUrls;
    @Inject
    ExecutionDeleteWriter deletes;
    @Inject
    io.millrace.domain.execution.ExecutionRepository executions;

    /**
     * Runs a paused execution now: the failed step waiting for its retry, a {@code $.flow.delay} before its time,
     * or a {@code $.flow.suspend}/{@code $.flow.rerun} step as its resume URL would with no body.
     */
    public ExecutionView rerun(User caller, String executionId) {
        Execution execution = queries.get(caller, executionId).execution();
        if (execution.status() != ExecutionStatus.PAUSED
                || !store.resume(executionId, FlowRequest.NONE.resumeData(), FlowRequest.NONE.callbackRequest())) {
            throw new InvalidInputException(null, "execution " + Quoted.value(executionId) + " is not paused"
                    + " (status " + execution.status().wireName() + ")");
        }
        return queries.get(caller, executionId);
    }

    /** Cancels an execution that has not finished; a running step completes, nothing runs after it. */
    public ExecutionView cancel(User caller, String executionId) {
        Execution execution = queries.get(caller, executionId).execution();
        if (execution.status().finished()) {
            throw new InvalidInputException(null, "execution " + Quoted.value(executionId) + " has already finished"
                    + " (status " + execution.status().wireName() + ")");
        }
        store.finish(executionId, ExecutionStatus.CANCELLED, CANCELLED);
        return queries.get(caller, executionId);
    }

    /**
     * Deletes a finished execution of the caller's workspace, with its step results. One that has not finished
     * is refused (cancel it first); its replays keep their {@code replay_of}.
     */
    public void delete(User caller, String executionId) {
        Execution execution = queries.get(caller, executionId).execution();
        if (!deletes.deleteOne(caller.workspaceId(), execution.id())) {
            throw new InvalidInputException(null, "execution " + Quoted.value(executionId) + " has not finished"
                    + " (status " + execution.status().wireName() + "): cancel it first");
        }
    }

    /**
     * A {@code resume_url}, {@code cancel_url} or {@code rerun_url} (see {@link FlowUrls}) was called: resumes the
     * paused execution now (with the request's data for a {@code $.flow.suspend} or {@code $.flow.rerun}, see
     * {@link ExecutionStore#resume}), or cancels it. Returns {@code "resumed"} or {@code "cancelled"}.
     *
     * @throws io.millrace.shared.NotFoundException when the token is not that URL's (nothing reveals whether the execution exists)
     * @throws InvalidInputException when a resume finds the execution not paused, or a cancel finds it finished
     */
    public String byFlowUrl(String executionId, String action, String token, FlowRequest request) {
        Execution execution = flowUrls.valid(executionId, action, token)
                ? executions.execution(executionId).orElse(null) : null;
        if (execution == null) {
            throw new io.millrace.shared.NotFoundException("no such resume, rerun or cancel URL");
        }
        if (!FlowUrls.CANCEL.equals(action)) {
            FlowRequest r = request == null ? FlowRequest.NONE : request;
            if (!store.resume(executionId, r.resumeData(), r.callbackRequest())) {
                throw new InvalidInputException(null, "execution " + Quoted.value(executionId) + " is not paused"
                        + " (status " + execution.status().wireName() + ")");
            }
            return "resumed";
        }
        if (execution.status().finished()) {
            throw new InvalidInputException(null, "execution " + Quoted.value(executionId) + " has already finished"
                    + " (status " + execution.status().wireName() + ")");
        }
        store.finish(executionId, ExecutionStatus.CANCELLED, CANCELLED);
        return "cancelled";
    }
}
