package io.millrace.domain.events;

/**
 * CDI event fired for each stored {@link EmittedEvent}, synchronously inside the transaction that
 * stored it. Observers that must act atomically with the event (queueing deliveries) observe it
 * {@code during = IN_PROGRESS}; those that only notify (SSE) observe {@code AFTER_SUCCESS}.
 *
 * @param hops the subscription hops of the run that emitted it (see {@code subscription.Hops})
 */
public record Emitted(String workspaceId, String emitterId, String eventId, String channel, int hops) {
}
