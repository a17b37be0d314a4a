package io.millrace.application.intake;

import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDeployment;

/**
 * The workflow and deployment an incoming event is for, and where it came from.
 *
 * @param emitterId the HTTP trigger ({@code hi_...}) or the emitter of a subscribed event ({@code dc_...}, {@code p_...})
 * @param eventId   the emitted event's id for a subscribed event, null for an HTTP request
 * @param hops      the subscriptions a subscribed event has passed through (0 for an HTTP request)
 * @param replayOf  the execution whose event this target runs again, or null for a new event
 * @param test      whether the event is sent as a test event ({@code steps.trigger.context.test}: built from an
 *                  earlier execution's event)
 */
public record TriggerTarget(String emitterId, String eventId, Workflow workflow, WorkflowDeployment deployment, int hops,
                            Replayed replayOf, boolean test) {

    /** An execution being replayed: its id and the trace its replays join. */
    public record Replayed(String executionId, String traceId) {
    }

    /** A target for a new event (not a replay). */
    public TriggerTarget(String emitterId, String eventId, Workflow workflow, WorkflowDeployment deployment, int hops) {
        this(emitterId, eventId, workflow, deployment, hops, null, false);
    }

    /** A target for a new event or a replay, not a test. */
    public TriggerTarget(String emitterId, String eventId, Workflow workflow, WorkflowDeployment deployment, int hops,
                         Replayed replayOf) {
        this(emitterId, eventId, workflow, deployment, hops, replayOf, false);
    }
}
