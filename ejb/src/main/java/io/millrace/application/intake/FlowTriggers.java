package io.millrace.application.intake;

import io.millrace.application.execution.WorkflowStarter;
import io.millrace.domain.execution.Execution;
import io.millrace.domain.subscription.Hops;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDeployment;
import io.millrace.domain.workflow.WorkflowRepository;
import io.millrace.runtime.WorkflowTrigger;
import io.millrace.shared.Ids;
import io.millrace.shared.JsonText;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * {@code $.flow.trigger(workflowId, payload)}: starts another active workflow of the same workspace with the payload
 * as its event, through the same intake as any event (its execution controls apply: a full queue refuses it). The
 * new execution's context counts one more hop than the caller's, so workflows that trigger each other stop after
 * {@value Hops#MAX} hops as subscriptions do; its {@code emitter_id} is the calling workflow.
 */
@ApplicationScoped
public class FlowTriggers implements WorkflowStarter {
    @Inject
    WorkflowRepository workflows;
    @Inject
    EventRecorder recorder;
    @Inject
    HttpTriggerIntake http;

    @Override
    public WorkflowTrigger forExecution(String workspaceId, String workflowId, Execution execution) {
        int hops = Hops.ofContext(execution.contextJson()) + 1;
        return (target, payloadJson) -> start(workspaceId, workflowId, hops, target, payloadJson);
    }

    private String start(String workspaceId, String callerId, int hops, String target, String payloadJson) {
        if (!Hops.mayDeliver(hops)) {
            throw new IllegalArgumentException("$.flow.trigger: " + Hops.MAX + " workflows have triggered each other in"
                    + " a row: this chain stops here");
        }
        Workflow workflow = find(workspaceId, target).filter(w -> workspaceId.equals(w.workspaceId()))
                .orElseThrow(() -> new IllegalArgumentException("$.flow.trigger: no workflow " + Quoted.value(target)
                        + " in this workspace"));
        if (!workflow.active()) {
            throw new IllegalArgumentException("$.flow.trigger: workflow " + workflow.id() + " is not active");
        }
        WorkflowDeployment deployment = workflows.deployment(workflow.deploymentId()).orElseThrow();
        TriggerTarget triggered = new TriggerTarget(callerId, null, workflow, deployment, hops);
        JsonValue event = JsonText.parse(payloadJson);
        String id = Ids.ordered(System.currentTimeMillis());
        if (!recorder.admit(triggered, event, id)) {
            recorder.refuse(triggered, event, QueueFullException.NAME, "the workflow's queue is full: the event of"
                    + " $.flow.trigger from " + callerId + " was not run");
            throw new IllegalArgumentException("$.flow.trigger: the queue of workflow " + workflow.id() + " is full");
        }
        return id;
    }

    /** A workflow by id ({@code p_…}), or by its HTTP endpoint's key or URL ({@code …/e/<key>}). */
    private Optional<Workflow> find(String workspaceId, String target) {
        Optional<Workflow> byId = workflows.workflow(workspaceId, target);
        if (byId.isPresent()) {
            return byId;
        }
        String key = target.replaceFirst("^.*/e/", "").replaceFirst("[/?#].*$", "");
        return http.find(key).filter(e -> e instanceof Endpoint.OfWorkflow)
                .map(e -> ((Endpoint.OfWorkflow) e).target().workflow());
    }
}
