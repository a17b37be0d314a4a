package io.millrace.application.intake;

import io.millrace.application.execution.Dispatcher;
import io.millrace.application.notification.ErrorEvents;
import io.millrace.application.execution.ExecutionFeed;
import io.millrace.application.execution.ExecutionMetrics;
import io.millrace.application.execution.ExecutionQueue;
import io.millrace.application.intake.TriggerTarget;
import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionRepository;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;
import io.millrace.shared.Ids;
import io.millrace.orchestrator.KeyPath;
import io.millrace.shared.JsonText;
import io.millrace.domain.workflow.ExecutionControls;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Stores incoming events as executions. Queuing one is part of the same transaction as its row, so
 * an event is queued exactly when it is stored.
 */
@ApplicationScoped
@Transactional
public class EventRecorder {
    /**
     * The {@code platform_version} of execution contexts: Millrace's version (the EJB jar's
     * Implementation-Version), as Pipedream gives the version of its execution environment.
     */
    static final String PLATFORM_VERSION = "millrace-" + java.util.Objects.requireNonNullElse(
            EventRecorder.class.getPackage().getImplementationVersion(), "dev");

    @Inject
    ExecutionRepository executions;
    @Inject
    ExecutionQueue queue;
    @Inject
    WorkflowRepository workflows;
    @Inject
    Dispatcher dispatcher;
    @Inject
    ErrorEvents errorEvents;
    @Inject
    ExecutionMetrics metrics;
    @Inject
    ExecutionFeed feed;

    /**
     * Stores the event as a queued execution. Without execution controls it goes straight to the
     * workers; with them it waits at the workflow's gate, unless the gate's queue is full.
     *
     * @return false when the queue is full (nothing was stored)
     */
    public boolean admit(TriggerTarget target, JsonValue event, String executionId) {
        return admit(target, event, executionId, List.of());
    }

    /**
     * As {@link #admit(TriggerTarget, JsonValue, String)}, with the stored results of steps the new execution
     * starts with ({@code seeds}, already made for its id): they are stored with it, in the same transaction, so
     * its run starts at the first step without a result (a replay from a step).
     */
    public boolean admit(TriggerTarget target, JsonValue event, String executionId, List<StepRun> seeds) {
        ExecutionControls controls = target.deployment().controls();
        if (!controls.gated()) {
            Execution execution = store(target, event, executionId, null, seeds);
            execution.dispatch(execution.createdAt());
            queue.enqueue(execution.id(), execution.runToken());
            return true;
        }
        Workflow workflow = workflows.lock(target.workflow().id()).orElseThrow();
        if (executions.countWaiting(workflow.id()) >= controls.queueSize()) {
            return false;
        }
        store(target, event, executionId, controls.concurrencyKey(), seeds);
        dispatcher.dispatchLocked(workflow);
        return true;
    }

    /**
     * Stores an event refused at the door as a failed execution, so its reason shows in the history and
     * in {@code millrace_executions_total} (status {@code error}).
     */
    public void refuse(TriggerTarget target, JsonValue event, String errorName, String errorMessage) {
        Execution execution = store(target, event, Ids.ordered(System.currentTimeMillis()), null, List.of());
        String error = JsonText.write(Jsonp.createObjectBuilder()
                .add("name", errorName).add("message", errorMessage).build());
        execution.finish(ExecutionStatus.ERROR, error, System.currentTimeMillis());
        feed.changed(execution);
        metrics.finished(execution.workflowId(), ExecutionStatus.ERROR, null);
        errorEvents.record(execution.workflowId(), execution.id(),
                execution.storesData() ? execution.eventJson() : null, execution.contextJson(), error);
        if (!execution.storesData()) {
            execution.dropData();
        }
    }

    /**
     * Stores the event as a queued execution with the step results {@code seeds}; {@code concurrencyKey} (may be
     * null) gives its gate key.
     */
    private Execution store(TriggerTarget target, JsonValue event, String id, String concurrencyKey,
                            List<StepRun> seeds) {
        long now = System.currentTimeMillis();
        JsonObjectBuilder builder = Jsonp.createObjectBuilder()
                .add("id", id)
                .add("ts", Instant.ofEpochMilli(now).toString())
                .addNull("pipeline_id")
                .add("workflow_id", target.workflow().id())
                .add("deployment_id", target.deployment().id())
                .add("source_type", "COMPONENT")
                .add("verified", false)
                .add("test", target.test())
                .add("replay", target.replayOf() != null)
                .add("owner_id", target.workflow().workspaceId())
                .add("platform_version", PLATFORM_VERSION)
                .add("workflow_name", target.workflow().name())
                .addNull("resume")
                .add("emitter_id", target.emitterId())
                .addNull("external_user_id")
                .addNull("external_user_environment")
                .add("trace_id", target.replayOf() == null ? id : target.replayOf().traceId())
                .add("project_id", target.workflow().projectId());
        if (target.eventId() != null) {
            builder.add("event_id", target.eventId());
        }
        if (target.hops() > 0) {
            builder.add("hops", target.hops());
        } else {
            builder.addNull("hops");
        }
        JsonObject context = builder.build();
        Execution execution = new Execution(id, target.workflow().id(), target.deployment().id(),
                target.emitterId(), JsonText.write(event), JsonText.write(context), now);
        execution.inWorkspace(target.workflow().workspaceId());
        if (target.replayOf() != null) {
            execution.replayOf(target.replayOf().executionId());
        }
        if (!target.deployment().retention().dataRetention() || NoStore.asked(target, event)) {
            execution.keepNoData();
        }
        execution.gateKey(KeyPath.evaluate(concurrencyKey,
                event instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT, context));
        executions.add(execution);
        seeds.forEach(executions::insertStepRun);
        feed.changed(execution);
        return execution;
    }
}
