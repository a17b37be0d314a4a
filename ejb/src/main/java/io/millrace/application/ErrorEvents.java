package io.millrace.application;

import io.millrace.errors.ErrorDetails;
import io.millrace.errors.ErrorEvent;
import io.millrace.shared.EventId;
import io.millrace.shared.EventIds;
import io.millrace.errors.ErrorEventRepository;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.workflow.WorkflowRepository;
import io.millrace.workspace.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The workflows' {@code $errors} streams: recording an error event (in the caller's transaction) and
 * notifying it, and reading a workflow's last {@value #SHOWN} events (outside transactions).
 *
 * <p>Every error event is stored; the API shows only the last {@value #SHOWN} of a workflow, as the
 * seed does, and counts at most that many. Old events are removed by age
 * ({@link ErrorEventRepository#deleteIndexedBefore}), not by count, so recording never deletes rows
 * inside the execution's transaction.
 */
@ApplicationScoped
public class ErrorEvents {
    /** How many of a workflow's newest error events the API shows. */
    public static final int SHOWN = PageRequest.MAX_LIMIT;
    private static final EventIds IDS = new EventIds();

    @Inject
    ErrorEventRepository events;
    @Inject
    WorkflowRepository workflows;
    @Inject
    ErrorNotifier notifier;

    /**
     * Adds an event to the workflow's error stream in the caller's transaction (a new one when there
     * is none), and logs a notice once that transaction commits.
     *
     * @param executionId the failed execution, or null
     * @param eventJson   the original event (JSON text), or null
     * @param contextJson the original context (JSON text), or null
     * @param errorJson   the error, e.g. an execution's {@code {"name","message","step","stack"}}; see
     *                    {@link ErrorDetails#normalize}
     */
    @Transactional
    public void record(String workflowId, String executionId, String eventJson, String contextJson,
                       String errorJson) {
        EventId id = IDS.next(System.currentTimeMillis());
        JsonObject error = ErrorDetails.normalize(errorJson, id.ms());
        events.add(new ErrorEvent(id, workflowId, executionId, eventJson, contextJson, JsonText.write(error)));
        notifier.afterCommit(workflowId, executionId, error.getString("name"), error.getString("message"));
    }

    /**
     * The workflow's newest error events, newest first; the page's total is the number shown (at most
     * {@value #SHOWN}) and its cursors are the first and last ids.
     *
     * @throws NotFoundException     when the caller's workspace has no such workflow
     * @throws InvalidInputException when {@code limit} is not 1 to {@value #SHOWN}
     */
    public Page<ErrorEvent> latest(User caller, String workflowId, int limit) {
        if (limit < 1 || limit > SHOWN) {
            throw new InvalidInputException("limit", "limit must be an integer from 1 to " + SHOWN);
        }
        workflows.workflow(caller.workspaceId(), workflowId)
                .orElseThrow(() -> new NotFoundException("workflow " + workflowId + " not found"));
        List<ErrorEvent> items = events.latest(workflowId, limit);
        long total = Math.min(events.count(workflowId), SHOWN);
        return new Page<>(items, total, items.isEmpty() ? null : items.get(0).id(),
                items.isEmpty() ? null : items.get(items.size() - 1).id());
    }
}
