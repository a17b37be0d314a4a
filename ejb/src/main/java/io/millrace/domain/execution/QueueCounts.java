package io.millrace.domain.execution;

/**
 * The state of a workflow's queue.
 *
 * @param waiting           queued executions held at the gate
 * @param dispatched        queued executions handed to the workers, not started yet
 * @param executing         executions running now
 * @param paused            executions waiting to retry a step
 * @param oldestWaitingAt   creation time of the oldest waiting execution (epoch ms), or null
 */
public record QueueCounts(long waiting, long dispatched, long executing, long paused, Long oldestWaitingAt) {
}
