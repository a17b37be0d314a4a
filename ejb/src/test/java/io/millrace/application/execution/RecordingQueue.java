package io.millrace.application.execution;

import java.util.ArrayList;
import java.util.List;

/** The worker queue as a list of what was sent. */
public class RecordingQueue implements ExecutionQueue {

    /** A message to the workers: the execution, its run token, and the broker delay (0: none). */
    public record Sent(String executionId, int runToken, long delayMillis) {
    }

    /** A wake-up of a workflow's gate at {@code epochMillis}. */
    public record WakeUp(String workflowId, long epochMillis) {
    }

    public final List<Sent> sent = new ArrayList<>();
    /** Every message body sent to the workers, in order (see {@link ExecutionMessage}), parts included. */
    public final List<String> bodies = new ArrayList<>();
    /** The parts of executions sent to workers ({@code enqueuePart}), in order: their scope, and {@code " after <n> ms"} when delayed. */
    public final List<String> parts = new ArrayList<>();
    public final List<WakeUp> wakeUps = new ArrayList<>();

    @Override
    public void enqueue(String executionId, int runToken) {
        sent.add(new Sent(executionId, runToken, 0));
        bodies.add(ExecutionMessage.format(executionId, runToken));
    }

    @Override
    public void enqueue(String executionId, int runToken, long delayMillis) {
        sent.add(new Sent(executionId, runToken, delayMillis));
        bodies.add(ExecutionMessage.format(executionId, runToken));
    }

    @Override
    public void enqueuePart(String executionId, int runToken, String scope, long delayMillis) {
        parts.add(scope + (delayMillis > 0 ? " after " + delayMillis + " ms" : ""));
        bodies.add(ExecutionMessage.format(executionId, runToken, scope));
    }

    @Override
    public void wakeUp(String workflowId, long epochMillis) {
        wakeUps.add(new WakeUp(workflowId, epochMillis));
    }

    /** The last message sent. */
    public Sent last() {
        return sent.get(sent.size() - 1);
    }
}
