package io.millrace.application.intake;

import io.millrace.application.project.ProjectAccess;
import io.millrace.application.execution.ExecutionQueries;
import io.millrace.domain.execution.Execution;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDeployment;
import io.millrace.domain.workflow.WorkflowRepository;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Ids;
import io.millrace.shared.JsonText;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Replays an execution: its trigger event becomes a new execution of the workflow's live deployment, with
 * {@code steps.trigger.context.replay} true, the original's {@code trace_id}, and a link both ways (the
 * new one's {@code replay_of}, the original's {@code replays}). It is admitted as any event is, through the
 * workflow's concurrency, throttle and queue ({@link EventRecorder#admit}).
 */
@ApplicationScoped
public class Replays {
    @Inject
    ProjectAccess projectAccess;
    @Inject
    ExecutionQueries queries;
    @Inject
    WorkflowRepository workflows;
    @Inject
    EventRecorder recorder;

    /**
     * Replays the caller's execution {@code executionId}; returns the new execution's id.
     *
     * @throws NotFoundException   for an execution of another workspace, or of a deleted workflow
     * @throws ReplayRefused       when the workflow is not active
     * @throws QueueFullException  when the workflow's queue is full (nothing is stored)
     */
    public String replay(User caller, String executionId) {
        Execution original = queries.get(caller, executionId).execution();
        Workflow workflow = projectAccess.visible(workflows.workflow(caller.workspaceId(), original.workflowId()), w -> w.projectId())
                .orElseThrow(() -> new NotFoundException("the workflow of execution " + Quoted.value(executionId)
                        + " was deleted"));
        if (!workflow.active()) {
            throw new ReplayRefused("workflow " + workflow.id() + " is not active: activate it to replay its events");
        }
        WorkflowDeployment live = workflows.deployment(workflow.deploymentId()).orElseThrow();
        JsonObject context = JsonText.parseObject(original.contextJson() == null ? "{}" : original.contextJson());
        String traceId = context.getString("trace_id", original.id());
        String eventId = context.get("event_id") instanceof JsonString s ? s.getString() : null;
        TriggerTarget target = new TriggerTarget(original.triggerId(), eventId, workflow, live, 0,
                new TriggerTarget.Replayed(original.id(), traceId));
        JsonValue event = original.eventJson() == null ? JsonValue.EMPTY_JSON_OBJECT : JsonText.parse(original.eventJson());
        String id = Ids.ordered(System.currentTimeMillis());
        if (!recorder.admit(target, event, id)) {
            throw new QueueFullException(live.controls());
        }
        return id;
    }
}
