package io.millrace.application.intake;

import io.millrace.application.intake.TriggerTarget;
import io.millrace.runtime.HttpReply;
import io.millrace.shared.Ids;
import io.millrace.shared.NotFoundException;
import io.millrace.domain.workflow.HttpTrigger;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDeployment;
import io.millrace.domain.workflow.WorkflowRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.concurrent.CompletableFuture;

/**
 * Accepts events sent to HTTP trigger endpoints: finds the workflow, then stores and queues the event
 * (see {@link EventRecorder}), so an answered request is never lost.
 */
@ApplicationScoped
public class HttpTriggerIntake {
    @Inject
    WorkflowRepository workflows;
    @Inject
    EventRecorder recorder;
    @Inject
    ResponseHub responses;

    /**
     * @throws NotFoundException  when no active workflow has an endpoint with this key
     * @throws QueueFullException when the workflow's queue is full; the refusal is recorded
     */
    public Accepted accept(String key, JsonObject event) {
        TriggerTarget target = target(key);
        String id = Ids.ordered(System.currentTimeMillis());
        CompletableFuture<HttpReply> reply = target.deployment().customResponse() ? responses.expect(id) : null;
        boolean admitted;
        try {
            admitted = recorder.admit(target, event, id);
        } catch (RuntimeException e) {
            responses.forget(id);
            throw e;
        }
        if (!admitted) {
            responses.forget(id);
            String message = "the workflow's queue is full ("
                    + target.deployment().controls().queueSize()
                    + " events wait already); this event was not queued";
            recorder.refuse(target, event, QueueFullException.NAME, message);
            throw new QueueFullException(message);
        }
        return new Accepted(id, reply, target.deployment().definition().timeoutSeconds());
    }

    /**
     * Records an event that was refused at the door (e.g. a body over the size limit).
     *
     * @throws NotFoundException when no active workflow has an endpoint with this key
     */
    public void reject(String key, JsonObject event, String errorName, String errorMessage) {
        recorder.refuse(target(key), event, errorName, errorMessage);
    }

    private TriggerTarget target(String key) {
        HttpTrigger trigger = workflows.httpTriggerByKey(key)
                .orElseThrow(() -> new NotFoundException("no endpoint " + key));
        Workflow workflow = workflows.workflow(null, trigger.workflowId())
                .filter(Workflow::active)
                .orElseThrow(() -> new NotFoundException("no active workflow for endpoint " + key));
        WorkflowDeployment deployment = workflows.deployment(workflow.deploymentId()).orElseThrow();
        return new TriggerTarget(trigger.id(), null, workflow, deployment, 0);
    }
}
