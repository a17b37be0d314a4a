package io.millrace.runtime;

/**
 * One {@code $.send.sse({ channel, payload })} of a step: sent to the workflow's SSE stream once the execution
 * ends (seed page /workflows/data-management/destinations/sse).
 *
 * @param channel     the SSE event name (the {@code channel} the client listens to)
 * @param payloadJson the JSON of the payload
 */
public record SseEvent(String channel, String payloadJson) {
}
