package io.millrace.application;

import io.millrace.execution.Execution;
import io.millrace.runtime.HttpReply;
import io.millrace.execution.ExecutionRepository;
import io.millrace.execution.ExecutionStatus;
import io.millrace.shared.Ids;
import io.millrace.shared.JsonText;
import io.millrace.shared.NotFoundException;
import io.millrace.workflow.HttpTrigger;
import io.millrace.workflow.Workflow;
import io.millrace.workflow.WorkflowDeployment;
import io.millrace.workflow.WorkflowRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Accepts events sent to HTTP trigger endpoints: stores the event as a queued execution and queues
 * it for the workers in one transaction, so an answered request is never lost.
 */
@ApplicationScoped
public class HttpTriggerIntake {
    @Inject
    WorkflowRepository workflows;
    @Inject
    ExecutionRepository executions;
    @Inject
    ExecutionQueue queue;
    @Inject
    ResponseHub responses;

    /** @throws NotFoundException when no active workflow has an endpoint with this key */
    @Transactional
    public Accepted accept(String key, JsonObject event) {
        Target target = target(key);
        Execution execution = store(target, event);
        CompletableFuture<HttpReply> reply = null;
        if (target.deployment().customResponse()) {
            reply = responses.expect(execution.id());
        }
        try {
            queue.enqueue(execution.id());
        } catch (RuntimeException e) {
            responses.forget(execution.id());
            throw e;
        }
        return new Accepted(execution.id(), reply, target.deployment().definition().timeoutSeconds());
    }

    /**
     * Records an event that was refused at the door (e.g. a body over the size limit) as a failed
     * execution, so it shows in the workflow's history with the reason.
     */
    @Transactional
    public void reject(String key, JsonObject event, String errorName, String errorMessage) {
        Target target = target(key);
        Execution execution = store(target, event);
        String error = JsonText.write(Json.createObjectBuilder()
                .add("name", errorName).add("message", errorMessage).build());
        execution.finish(ExecutionStatus.ERROR, error, System.currentTimeMillis());
    }

    private Target target(String key) {
        HttpTrigger trigger = workflows.httpTriggerByKey(key)
                .orElseThrow(() -> new NotFoundException("no endpoint " + key));
        Workflow workflow = workflows.workflow(null, trigger.workflowId())
                .filter(Workflow::active)
                .orElseThrow(() -> new NotFoundException("no active workflow for endpoint " + key));
        WorkflowDeployment deployment = workflows.deployment(workflow.deploymentId()).orElseThrow();
        return new Target(trigger, workflow, deployment);
    }

    private Execution store(Target target, JsonObject event) {
        long now = System.currentTimeMillis();
        String id = Ids.ordered(now);
        JsonObject context = Json.createObjectBuilder()
                .add("id", id)
                .add("ts", Instant.ofEpochMilli(now).toString())
                .add("workflow_id", target.workflow().id())
                .add("workflow_name", target.workflow().name())
                .add("deployment_id", target.deployment().id())
                .add("emitter_id", target.trigger().id())
                .add("owner_id", target.workflow().workspaceId())
                .add("trace_id", id)
                .add("replay", false)
                .build();
        Execution execution = new Execution(id, target.workflow().id(), target.deployment().id(),
                target.trigger().id(), JsonText.write(event), JsonText.write(context), now);
        executions.add(execution);
        return execution;
    }

    private record Target(HttpTrigger trigger, Workflow workflow, WorkflowDeployment deployment) {
    }
}
