package io.millrace.application.notification;

import io.millrace.application.project.ProjectAccess;
import io.millrace.application.eventing.FanOut;
import io.millrace.domain.errors.ErrorDetails;
import io.millrace.domain.errors.ErrorEvent;
import io.millrace.shared.EventId;
import io.millrace.shared.EventIds;
import io.millrace.domain.errors.ErrorEventRepository;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.domain.workflow.WorkflowRepository;
import io.millrace.domain.workspace.User;
import io.millrace.domain.subscription.Hops;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
    @Inject
    ProjectAccess projectAccess;
    /** How many of a workflow's newest error events the API shows. */
    public static final int SHOWN = PageRequest.MAX_LIMIT;
    private static final EventIds IDS = new EventIds();

    @Inject
    ErrorEventRepository events;
    @Inject
    WorkflowRepository workflows;
    @Inject
    ErrorNotifier notifier;
    @Inject
    FanOut fanOut;

    /**
     * Adds an event to the workflow's error stream in the caller's transaction (a new one when there
     * is none), and, unless the execution is a test run, notifies it once that transaction commits
     * ({@link ErrorNotifier}).
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
        workflows.ownerOf(workflowId).ifPresent(workspaceId -> fanOut.fanOut(workspaceId, workflowId, id.toString(),
                "$errors", JsonText.write(deliveredEvent(workflowId, executionId, eventJson, contextJson, error)),
                Hops.ofContext(contextJson)));
        JsonObject context = context(contextJson);
        if (context.get("test") != JsonValue.TRUE) {
            notifier.afterCommit(new ErrorNotification(workflowId, text(context, "deployment_id"), executionId,
                    error.getString("name"), error.getString("message"), text(error, "step"), id.ms()));
        }
    }

    /** The execution's context; test runs ("build from event", {@code test: true}) send no notification. */
    private static JsonObject context(String contextJson) {
        try {
            return contextJson != null && JsonText.parse(contextJson) instanceof JsonObject c ? c
                    : JsonValue.EMPTY_JSON_OBJECT;
        } catch (RuntimeException notJson) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : null;
    }

    /** The event subscribers of the workflow's {@code $errors} get (the shape of the API's error events). */
    private static JsonObject deliveredEvent(String workflowId, String executionId, String eventJson,
                                             String contextJson, JsonObject stored) {
        JsonObjectBuilder error = Jsonp.createObjectBuilder();
        for (String[] f : new String[][]{{"code", "code"}, {"cellId", "step"}, {"ts", "ts"}, {"stack", "stack"},
                {"name", "name"}, {"message", "message"}}) {
            error.add(f[0], stored.getOrDefault(f[1], JsonValue.NULL));
        }
        JsonObjectBuilder metadata = Jsonp.createObjectBuilder().add("emitter_id", workflowId);
        if (executionId != null) {
            metadata.add("emit_id", executionId);
        }
        metadata.add("name", "$errors");
        return Jsonp.createObjectBuilder()
                .add("original_event", eventJson == null ? JsonValue.NULL : JsonText.parse(eventJson))
                .add("original_context", contextJson == null ? JsonValue.NULL : JsonText.parse(contextJson))
                .add("error", error).add("metadata", metadata).build();
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
        projectAccess.visible(workflows.workflow(caller.workspaceId(), workflowId), w -> w.projectId())
                .orElseThrow(() -> new NotFoundException("workflow " + Quoted.value(workflowId) + " not found"));
        List<ErrorEvent> items = events.latest(workflowId, limit);
        long total = Math.min(events.count(workflowId), SHOWN);
        return Page.of(items, total, ErrorEvent::id);
    }
}
