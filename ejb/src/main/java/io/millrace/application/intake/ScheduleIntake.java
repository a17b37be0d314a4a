package io.millrace.application.intake;

import io.millrace.application.project.ProjectAccess;
import io.millrace.domain.source.TimerSpec;
import io.millrace.domain.workflow.ScheduleEvent;
import io.millrace.domain.workflow.TriggerSpec;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDeployment;
import io.millrace.domain.workflow.WorkflowRepository;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Ids;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * Schedule triggers' events: a tick (from the ticker) or Run Now starts one execution whose
 * {@code steps.trigger.event} is {@link ScheduleEvent#of}, through the workflow's execution controls.
 */
@ApplicationScoped
public class ScheduleIntake {
    @Inject
    WorkflowRepository workflows;
    @Inject
    ProjectAccess projectAccess;
    @Inject
    EventRecorder recorder;

    /**
     * Run Now: fires the caller's schedule trigger {@code triggerId} of workflow {@code workflowId} at once
     * (also while the workflow is not active, as a test of the job); returns the new execution's id.
     *
     * @throws NotFoundException  no such workflow in the caller's workspace, or no such schedule trigger
     * @throws QueueFullException when the workflow's queue is full (nothing is stored)
     */
    public String runNow(User caller, String workflowId, String triggerId) {
        Workflow workflow = projectAccess.visible(workflows.workflow(caller.workspaceId(), workflowId), Workflow::projectId)
                .orElseThrow(() -> new NotFoundException("no workflow " + Quoted.value(workflowId)));
        WorkflowDeployment deployment = workflows.deployment(workflow.deploymentId()).orElseThrow();
        List<TimerSpec> timers = timers(deployment);
        for (int n = 0; n < timers.size(); n++) {
            if (ScheduleEvent.triggerId(workflow.id(), n).equals(triggerId)) {
                String id = fire(workflow, deployment, n, timers.get(n), System.currentTimeMillis());
                if (id == null) {
                    throw new QueueFullException(deployment.controls());
                }
                return id;
            }
        }
        throw new NotFoundException("workflow " + workflow.id() + " has no schedule trigger " + Quoted.value(triggerId));
    }

    /**
     * Starts the execution of the tick of the {@code n}th schedule trigger scheduled at {@code firedAtMs}; returns
     * its id, or null when the workflow's queue was full (the tick is then stored as a refused execution, not lost
     * silently).
     */
    public String fire(Workflow workflow, WorkflowDeployment deployment, int n, TimerSpec timer, long firedAtMs) {
        JsonObject event = ScheduleEvent.of(timer, firedAtMs);
        TriggerTarget target = new TriggerTarget(ScheduleEvent.triggerId(workflow.id(), n), null, workflow, deployment, 0);
        String id = Ids.ordered(System.currentTimeMillis());
        if (recorder.admit(target, event, id)) {
            return id;
        }
        recorder.refuse(target, event, QueueFullException.NAME, "the workflow's queue is full: the scheduled event was not run");
        return null;
    }

    /** The deployment's schedule triggers, in order. */
    public static List<TimerSpec> timers(WorkflowDeployment deployment) {
        return deployment.definition().triggers().stream().filter(t -> TriggerSpec.SCHEDULE.equals(t.type()))
                .map(TriggerSpec::schedule).toList();
    }
}
