package io.millrace.application.eventing;

import io.millrace.application.project.ProjectAccess;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Quoted;
import io.millrace.shared.SafeText;
import io.millrace.shared.NotFoundException;
import io.millrace.domain.source.SourceRepository;
import io.millrace.domain.subscription.EmitterIds;
import io.millrace.domain.subscription.Subscription;
import io.millrace.domain.subscription.SubscriptionRepository;
import io.millrace.domain.subscription.WebhookRepository;
import io.millrace.domain.workflow.WorkflowRepository;
import io.millrace.domain.workspace.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The subscriptions API: checks the parameters and that the ids exist in the caller's workspace
 * (outside transactions), then hands the change to {@link SubscriptionWriter}. Emitters are sources,
 * workflows or the globs {@code dc_*} and {@code p_*}; listeners are sources, workflows or webhooks.
 */
@ApplicationScoped
public class SubscriptionService {
    @Inject
    ProjectAccess projectAccess;
    static final int MAX_EVENT_NAME = 255;

    @Inject
    SubscriptionRepository subscriptions;
    @Inject
    SourceRepository sources;
    @Inject
    WorkflowRepository workflows;
    @Inject
    WebhookRepository webhooks;
    @Inject
    SubscriptionWriter writer;

    public Subscription subscribe(User caller, String emitterId, String listenerId, String eventName) {
        String emitter = emitter(caller, emitterId);
        String listener = listener(caller, listenerId);
        return writer.subscribe(caller.workspaceId(), emitter, listener, eventName(eventName, false));
    }

    /** @throws NotFoundException when there is no such subscription */
    public void unsubscribe(User caller, String emitterId, String listenerId, String eventName) {
        String emitter = required(emitterId, "emitter_id");
        String listener = required(listenerId, "listener_id");
        if (!writer.unsubscribe(caller.workspaceId(), emitter, listener, eventName(eventName, false))) {
            throw new NotFoundException("no subscription of " + Quoted.value(listener) + " to " + Quoted.value(emitter));
        }
    }

    public AutoSubscriptionView autoSubscribe(User caller, String eventName, String listenerId) {
        String name = eventName(eventName, true);
        String listener = listener(caller, listenerId);
        return writer.autoSubscribe(caller.workspaceId(), listener, name);
    }

    public List<Subscription> list(User caller) {
        return subscriptions.ofWorkspace(caller.workspaceId());
    }

    private String emitter(User caller, String emitterId) {
        String id = required(emitterId, "emitter_id");
        if (EmitterIds.isGlob(id)) {
            return id;
        }
        if (id.startsWith(EmitterIds.SOURCE)) {
            projectAccess.visible(sources.find(caller.workspaceId(), id), s -> s.projectId()).orElseThrow(() -> new NotFoundException("source " + Quoted.value(id) + " not found"));
        } else if (id.startsWith(EmitterIds.WORKFLOW)) {
            projectAccess.visible(workflows.workflow(caller.workspaceId(), id), w -> w.projectId())
                    .orElseThrow(() -> new NotFoundException("workflow " + Quoted.value(id) + " not found"));
        } else {
            throw new InvalidInputException("emitter_id",
                    "emitter_id must be a source (dc_...) or workflow (p_...) id, or dc_* or p_*");
        }
        return id;
    }

    private String listener(User caller, String listenerId) {
        String id = required(listenerId, "listener_id");
        if (id.startsWith(EmitterIds.SOURCE)) {
            projectAccess.visible(sources.find(caller.workspaceId(), id), s -> s.projectId()).orElseThrow(() -> new NotFoundException("source " + Quoted.value(id) + " not found"));
        } else if (id.startsWith(EmitterIds.WORKFLOW)) {
            projectAccess.visible(workflows.workflow(caller.workspaceId(), id), w -> w.projectId())
                    .orElseThrow(() -> new NotFoundException("workflow " + Quoted.value(id) + " not found"));
        } else if (id.startsWith(EmitterIds.WEBHOOK)) {
            webhooks.find(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("webhook " + Quoted.value(id) + " not found"));
        } else {
            throw new InvalidInputException("listener_id",
                    "listener_id must be a source (dc_...), workflow (p_...) or webhook (wh_...) id");
        }
        return id;
    }

    private static String eventName(String eventName, boolean required) {
        if (eventName == null) {
            if (required) {
                throw new InvalidInputException("event_name", "event_name is required (e.g. $errors or $logs)");
            }
            return "";
        }
        if (required && eventName.isBlank()) {
            throw new InvalidInputException("event_name", "event_name must not be blank (e.g. $errors or $logs)");
        }
        if (eventName.length() > MAX_EVENT_NAME) {
            throw new InvalidInputException("event_name", "event_name must be at most " + MAX_EVENT_NAME + " characters");
        }
        SafeText.checkIdentifier(eventName, "event_name");
        return eventName;
    }

    private static String required(String value, String param) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(param, param + " is required");
        }
        return value.trim();
    }
}
