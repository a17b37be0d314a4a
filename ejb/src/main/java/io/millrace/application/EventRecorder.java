package io.millrace.application;

import io.millrace.execution.Execution;
import io.millrace.execution.ExecutionRepository;
import io.millrace.execution.ExecutionStatus;
import io.millrace.shared.Ids;
import io.millrace.shared.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Stores incoming events as executions. Queuing one is part of the same transaction as its row, so
 * an event is queued exactly when it is stored.
 */
@ApplicationScoped
@Transactional
public class EventRecorder {
    @Inject
    ExecutionRepository executions;
    @Inject
    ExecutionQueue queue;

    /** Stores the event as a queued execution and queues it. */
    public String queue(TriggerTarget target, JsonObject event, String executionId) {
        Execution execution = store(target, event, executionId);
        queue.enqueue(execution.id());
        return execution.id();
    }

    /** Stores an event refused at the door as a failed execution, so its reason shows in the history. */
    public void refuse(TriggerTarget target, JsonObject event, String errorName, String errorMessage) {
        Execution execution = store(target, event, Ids.ordered(System.currentTimeMillis()));
        String error = JsonText.write(Json.createObjectBuilder()
                .add("name", errorName).add("message", errorMessage).build());
        execution.finish(ExecutionStatus.ERROR, error, System.currentTimeMillis());
    }

    private Execution store(TriggerTarget target, JsonObject event, String id) {
        long now = System.currentTimeMillis();
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
}
