package io.millrace.application.workflow;

import io.millrace.application.project.ProjectAccess;
import io.millrace.application.source.SourceEvents;
import io.millrace.domain.events.EmittedEvent;
import io.millrace.domain.events.EmittedEventRepository;
import io.millrace.shared.PageRequest;
import io.millrace.shared.EventId;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.domain.workflow.WorkflowRepository;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Reading the events a workflow emitted with {@code $.send.emit} (every channel), newest first, paged
 * as a source's events are ({@link SourceEvents}); outside transactions.
 */
@ApplicationScoped
public class WorkflowEmits {
    @Inject
    ProjectAccess projectAccess;
    @Inject
    WorkflowRepository workflows;
    @Inject
    EmittedEventRepository events;

    public Page<EmittedEvent> summaries(User caller, String workflowId, int limit, String after, String before) {
        projectAccess.visible(workflows.workflow(caller.workspaceId(), workflowId), w -> w.projectId())
                .orElseThrow(() -> new NotFoundException("workflow " + Quoted.value(workflowId) + " not found"));
        PageRequest.check(limit, after, before);
        List<EmittedEvent> items = events.page(workflowId, null, EventId.param(before, "before"),
                EventId.param(after, "after"), limit);
        return Page.of(items, events.count(workflowId, null), EmittedEvent::id);
    }

    /**
     * The test events of one of the workflow's HTTP triggers (requests sent with {@code x-pd-notrigger: 1}),
     * newest first; a trigger the workflow does not have is a 404.
     */
    public Page<EmittedEvent> testEvents(User caller, String workflowId, String triggerId, int limit, String after,
                                         String before) {
        projectAccess.visible(workflows.workflow(caller.workspaceId(), workflowId), w -> w.projectId())
                .orElseThrow(() -> new NotFoundException("workflow " + Quoted.value(workflowId) + " not found"));
        if (workflows.httpTriggers(workflowId).stream().noneMatch(t -> t.id().equals(triggerId))) {
            throw new NotFoundException("trigger " + Quoted.value(triggerId) + " not found");
        }
        PageRequest.check(limit, after, before);
        List<EmittedEvent> items = events.page(triggerId, null, EventId.param(before, "before"),
                EventId.param(after, "after"), limit);
        return Page.of(items, events.count(triggerId, null), EmittedEvent::id);
    }
}
